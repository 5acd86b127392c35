package io.chaosday.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An improvement the review asked for, with an owner so it does not get lost.
 *
 * @param issueKey its backlog ticket, once there is one
 * @param done     whether its ticket is done
 */
public record Improvement(Optional<IssueKey> issueKey, String summary, String owner, Optional<LocalDate> due,
        boolean done) {

    public Improvement {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
    }

    /** Still open on {@code today} although its due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return !done && due.map(d -> d.isBefore(today)).orElse(false);
    }
}
