package io.chaosday.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An issue to create. {@code epicKey} links a ticket to its phase epic (the Epic Link field on
 * Data Center, {@code parent} on Cloud); {@code properties} are issue properties to set besides
 * the identity, as flat maps.
 */
public record NewIssue(
        IssueIdentity identity,
        IssueKind kind,
        String summary,
        List<TextBlock> description,
        Optional<LocalDate> due,
        List<String> labels,
        Optional<String> epicKey,
        Map<String, Map<String, String>> properties) {

    public NewIssue {
        description = List.copyOf(description);
        labels = List.copyOf(labels);
        properties = Map.copyOf(properties);
    }

    public NewIssue(IssueIdentity identity, IssueKind kind, String summary, List<TextBlock> description,
            Optional<LocalDate> due, List<String> labels, Optional<String> epicKey) {
        this(identity, kind, summary, description, due, labels, epicKey, Map.of());
    }

    /** The same issue with these properties besides its identity. */
    public NewIssue withProperties(Map<String, Map<String, String>> more) {
        Map<String, Map<String, String>> all = new java.util.HashMap<>(properties);
        all.putAll(more);
        return new NewIssue(identity, kind, summary, description, due, labels, epicKey, all);
    }

    public NewIssue underEpic(String key) {
        return new NewIssue(identity, kind, summary, description, due, labels, Optional.of(key), properties);
    }
}
