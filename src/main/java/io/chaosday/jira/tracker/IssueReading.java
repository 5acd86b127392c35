package io.chaosday.jira.tracker;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import io.chaosday.tracker.IdentityReader;
import io.chaosday.tracker.IssueTypes;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.WantedProperty;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A Jira issue as the engine sees it. */
final class IssueReading {

    private IssueReading() {
    }

    static TrackedIssue read(Issue issue, JiraSoftware software, IssuePropertyStore store, List<WantedProperty> wanted) {
        Set<String> labels = new LinkedHashSet<>();
        if (issue.getLabels() != null) {
            issue.getLabels().forEach(label -> labels.add(label.getLabel()));
        }
        // The label first, as the REST adapter reads it: the identity property costs a read of its own,
        // made only for an issue without an identity label (one made by an older release, say).
        Optional<IssueIdentity> identity = IdentityReader.readLabelFirst(labels, () -> store.identity(issue.getId()));
        Map<String, Map<String, String>> properties = new HashMap<>();
        for (WantedProperty property : wanted) {
            // Read only where the property can be: one store read per issue that may carry it.
            if (identity.isPresent() && property.carriedBy().test(identity.get().item())) {
                store.get(issue.getId(), property.key()).ifPresent(value -> properties.put(property.key(), value));
            }
        }
        Status status = issue.getStatus();
        return new TrackedIssue(issue.getKey(), identity, kind(issue, software, labels), issue.getSummary(),
                Optional.ofNullable(issue.getDueDate()).map(due -> due.toLocalDateTime().toLocalDate()),
                status != null && status.getStatusCategory() != null && IssueTypes.done(status.getStatusCategory().getKey()),
                status == null ? "" : status.getName(),
                Optional.ofNullable(issue.getAssignee()).map(a -> a.getDisplayName()),
                epicKey(issue, software), labels, properties, Optional.empty());
    }

    /** An issue just created, as the engine asked for it: Jira has not changed anything yet. */
    static TrackedIssue created(Issue made, NewIssue asked, List<String> labels) {
        Optional<LocalDate> due = asked.due();
        return new TrackedIssue(made.getKey(), Optional.of(asked.identity()), asked.kind(), asked.summary(), due, false,
                made.getStatus() == null ? "" : made.getStatus().getName(), Optional.empty(), asked.epicKey(),
                Set.copyOf(labels), asked.properties(), Optional.empty());
    }

    private static IssueKind kind(Issue issue, JiraSoftware software, Set<String> labels) {
        return issue.getIssueType() == null ? IssueTypes.kindOf(false, "", labels)
                : IssueTypes.kindOf(issue.getIssueType().getId().equals(software.epicType().getId()),
                        issue.getIssueType().getName(), labels);
    }

    private static Optional<String> epicKey(Issue issue, JiraSoftware software) {
        Object value = software.epicLink().getValue(issue);
        if (value instanceof Issue epic) {
            return Optional.of(epic.getKey());
        }
        return value instanceof String key && !key.isBlank() ? Optional.of(key) : Optional.empty();
    }
}
