package io.chaosday.tracker;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An issue as the tracker holds it now.
 *
 * @param key         the tracker's key, e.g. CHAOS-12
 * @param identity    where it belongs in a Chaos Day; empty for issues we did not create
 * @param done        whether its status is in the "done" category
 * @param status      the status's name, as the tracker shows it
 * @param assignee    the assignee's display name
 * @param labels      its labels
 * @param properties  our issue properties ({@link IssueProperties}) found on it, as flat maps
 * @param description its description in the tracker's own markup, when it was asked for (an empty body
 *                    when the issue has none); empty when it was not asked for
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
        Set<String> labels,
        Map<String, Map<String, String>> properties,
        Optional<IssueDescription> description) {

    public TrackedIssue {
        labels = Set.copyOf(labels);
        properties = Map.copyOf(properties);
    }

    public TrackedIssue(String key, Optional<IssueIdentity> identity, IssueKind kind, String summary, Optional<LocalDate> due,
            boolean done, String status, Optional<String> assignee, Optional<String> epicKey) {
        this(key, identity, kind, summary, due, done, status, assignee, epicKey, Set.of(), Map.of(), Optional.empty());
    }

    /** Whether this is the planned issue: by its stored identity, or by its identity label when the store lost it. */
    public boolean isFor(IssueIdentity planned) {
        return identity.map(planned::equals).orElseGet(() -> labels.contains(planned.label()));
    }

    /** This issue with its description as read. */
    public TrackedIssue withDescription(IssueDescription read) {
        return new TrackedIssue(key, identity, kind, summary, due, done, status, assignee, epicKey, labels, properties,
                Optional.of(read));
    }

    /** This issue carrying {@code value} as its property {@code key}, as a search that asked for it would have found it. */
    public TrackedIssue withProperty(String key, Map<String, String> value) {
        Map<String, Map<String, String>> with = new java.util.HashMap<>(properties);
        with.put(key, value);
        return new TrackedIssue(this.key, identity, kind, summary, due, done, status, assignee, epicKey, labels, with, description);
    }

    public Optional<Map<String, String>> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }
}
