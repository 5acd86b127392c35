package io.chaosday.tracker;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An issue as the tracker holds it now.
 *
 * @param key      the tracker's key, e.g. CHAOS-12
 * @param identity where it belongs in a Chaos Day; empty for issues we did not create
 * @param done     whether its status is in the "done" category
 * @param status   the status's name, as the tracker shows it
 * @param assignee the assignee's display name
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
        Optional<String> epicKey) {
}
