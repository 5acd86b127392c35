package io.chaosday.tracker;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A comment on an issue, as plain text: the tracker's markup taken off, one line per line written.
 *
 * @param id      the tracker's id for it, to delete it by
 * @param author  the display name of the person who wrote it; empty when the tracker does not say
 * @param created when the tracker stored it
 */
public record Comment(String id, Optional<String> author, Instant created, String text) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(text, "text");
    }
}
