package io.chaosday.workflow.runlog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an experiment's run log, as read back from its comment.
 *
 * @param id        derived from what the entry says: the same entry written twice has the same id
 * @param at        when it happened (which may be earlier than when it was written)
 * @param zone      the Chaos Day's time zone it was written in: where its time of day is told
 * @param author    who wrote it, as the tracker names the comment's author
 * @param commentId the comment that holds it
 * @param written   when the tracker stored the comment: of two copies of an entry, the earlier is the one
 */
public record LogEntry(String id, LogKind kind, Instant at, java.time.ZoneId zone, String text, Optional<String> author, String commentId,
        Instant written) {

    public LogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(written, "written");
    }
}
