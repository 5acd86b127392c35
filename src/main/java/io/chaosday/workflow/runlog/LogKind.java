package io.chaosday.workflow.runlog;

import java.util.Locale;
import java.util.Optional;

/** What an entry of an experiment's run log records. */
public enum LogKind {
    /** The Agents of Chaos invoked the failure. */
    START,
    /** The responders noticed something was wrong. */
    DETECTED,
    /** The responders did something about it. */
    RESPONDED,
    /** Normal service was back. */
    RECOVERED,
    /** Anything else worth keeping. */
    NOTE,
    /** The experiment is over and its failure undone. */
    STOP,
    /** The experiment was called off before its end; the entry's text is the reason. */
    HALT;

    /** The stored and typed form: {@code detected}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LogKind> fromKey(String key) {
        for (LogKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Whether an experiment has at most one entry of this kind: its start and its end. */
    public boolean once() {
        return this == START || this == STOP || this == HALT;
    }

    /** Whether the entry ends the experiment. */
    public boolean ends() {
        return this == STOP || this == HALT;
    }
}
