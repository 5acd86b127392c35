package io.chaosday.review;

import java.util.Objects;

/**
 * One line of an experiment's run log, as its review shows it.
 *
 * @param time the time of day in the Chaos Day's time zone, "10:04"
 * @param kind what it records: "start", "detected", "responded", "recovered", "note", "stop" or "halt"
 * @param who  who wrote it
 */
public record RunEntry(String time, String kind, String who, String text) {

    public RunEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(text, "text");
    }
}
