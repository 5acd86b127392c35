package io.chaosday.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An issue to create. {@code epicKey} links a ticket to its phase epic (the Epic Link field on
 * Data Center, {@code parent} on Cloud); {@code properties} are issue properties to set besides
 * the identity, as flat maps. {@code typeId} is an issue type of the project chosen by id, in place of
 * the one the tracker picks for the {@code kind}. {@code assignee} is the person to assign at create,
 * as a person names them (a user name, e-mail address or Cloud account id): a tracker that knows no
 * such person, or may not assign them, creates the issue unassigned.
 */
public record NewIssue(
        IssueIdentity identity,
        IssueKind kind,
        String summary,
        List<TextBlock> description,
        Optional<LocalDate> due,
        List<String> labels,
        Optional<String> epicKey,
        Map<String, Map<String, String>> properties,
        Optional<String> securityLevelId,
        Optional<String> typeId,
        Optional<String> assignee) {

    public NewIssue {
        summary = io.chaosday.plan.TitleText.clean(summary); // every summary Jira gets, from any name or file
        description = List.copyOf(description);
        labels = List.copyOf(labels);
        properties = Map.copyOf(properties);
        assignee = assignee.map(String::strip).filter(a -> !a.isEmpty());
    }

    public NewIssue(IssueIdentity identity, IssueKind kind, String summary, List<TextBlock> description,
            Optional<LocalDate> due, List<String> labels, Optional<String> epicKey, Map<String, Map<String, String>> properties,
            Optional<String> securityLevelId, Optional<String> typeId) {
        this(identity, kind, summary, description, due, labels, epicKey, properties, securityLevelId, typeId, Optional.empty());
    }

    public NewIssue(IssueIdentity identity, IssueKind kind, String summary, List<TextBlock> description,
            Optional<LocalDate> due, List<String> labels, Optional<String> epicKey, Map<String, Map<String, String>> properties,
            Optional<String> securityLevelId) {
        this(identity, kind, summary, description, due, labels, epicKey, properties, securityLevelId, Optional.empty());
    }

    public NewIssue(IssueIdentity identity, IssueKind kind, String summary, List<TextBlock> description,
            Optional<LocalDate> due, List<String> labels, Optional<String> epicKey, Map<String, Map<String, String>> properties) {
        this(identity, kind, summary, description, due, labels, epicKey, properties, Optional.empty());
    }

    public NewIssue(IssueIdentity identity, IssueKind kind, String summary, List<TextBlock> description,
            Optional<LocalDate> due, List<String> labels, Optional<String> epicKey) {
        this(identity, kind, summary, description, due, labels, epicKey, Map.of());
    }

    /** The same issue, created at this issue security level so only those it names can see it. */
    public NewIssue atSecurityLevel(Optional<String> levelId) {
        return new NewIssue(identity, kind, summary, description, due, labels, epicKey, properties, levelId, typeId, assignee);
    }

    /** The same issue with these properties besides its identity. */
    public NewIssue withProperties(Map<String, Map<String, String>> more) {
        Map<String, Map<String, String>> all = new java.util.HashMap<>(properties);
        all.putAll(more);
        return new NewIssue(identity, kind, summary, description, due, labels, epicKey, all, securityLevelId, typeId, assignee);
    }

    public NewIssue underEpic(String key) {
        return new NewIssue(identity, kind, summary, description, due, labels, Optional.of(key), properties, securityLevelId,
                typeId, assignee);
    }

    /** The same issue, of this issue type of its project (by id) rather than the one its kind gets. */
    public NewIssue ofType(Optional<String> id) {
        return new NewIssue(identity, kind, summary, description, due, labels, epicKey, properties, securityLevelId, id, assignee);
    }

    /** The same issue, assigned at create to the person {@code who} names; empty: created unassigned. */
    public NewIssue assignedTo(Optional<String> who) {
        return new NewIssue(identity, kind, summary, description, due, labels, epicKey, properties, securityLevelId, typeId, who);
    }
}
