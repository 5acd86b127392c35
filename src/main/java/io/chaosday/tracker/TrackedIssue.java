package io.chaosday.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An issue as the tracker holds it now.
 *
 * @param key      the tracker's key, e.g. CHAOS-12
 * @param identity where it belongs in a Chaos Day; empty for issues we did not create, and for ones
 *                 whose identity property could not be read (then {@code labels} may still name it)
 * @param done     whether its status is in the "done" category
 * @param status   the status's name, as the tracker shows it
 * @param assignee the assignee's display name
 * @param labels   the issue's labels, which hold {@link IssueIdentity#label()} as a fallback identity
 */
public record TrackedIssue(
        String key,
        Optional<IssueIdentity> identity,
        IssueKind kind,
        String summary,
        Optional<LocalDate> due,
        boolean done,
        String status,
        Optional<String> assignee,
        Optional<String> epicKey,
        List<String> labels) {

    public TrackedIssue {
        labels = List.copyOf(labels);
    }

    /** Without labels, for trackers that do not report them. */
    public TrackedIssue(String key, Optional<IssueIdentity> identity, IssueKind kind, String summary,
                        Optional<LocalDate> due, boolean done, String status, Optional<String> assignee,
                        Optional<String> epicKey) {
        this(key, identity, kind, summary, due, done, status, assignee, epicKey, List.of());
    }

    /**
     * Whether this is the issue planned as {@code planned}: by its stored identity, or, where that
     * is missing (say, the issue came from a CSV import), by the per-issue label.
     */
    public boolean isFor(IssueIdentity planned) {
        return identity.map(planned::equals).orElseGet(() -> labels.contains(planned.label()));
    }
}
