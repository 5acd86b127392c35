package io.chaosday.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An issue to create. {@code epicKey} links a ticket to its phase epic (the Epic Link field on
 * Data Center, {@code parent} on Cloud).
 */
public record NewIssue(
        IssueIdentity identity,
        IssueKind kind,
        String summary,
        List<TextBlock> description,
        Optional<LocalDate> due,
        List<String> labels,
        Optional<String> epicKey) {

    public NewIssue {
        description = List.copyOf(description);
        labels = List.copyOf(labels);
    }

    public NewIssue underEpic(String key) {
        return new NewIssue(identity, kind, summary, description, due, labels, Optional.of(key));
    }
}
