package io.chaosday.review;

import java.util.Objects;

/**
 * One moment of an experiment, told without blame: what the person saw, what they thought it
 * meant, and what they did (or chose not to do).
 *
 * @param time as people noted it ("10:42", "just after lunch"); free text on purpose
 */
public record TimelineEntry(String time, String who, String saw, String thought, String did) {

    public TimelineEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(saw, "saw");
        Objects.requireNonNull(thought, "thought");
        Objects.requireNonNull(did, "did");
    }
}
