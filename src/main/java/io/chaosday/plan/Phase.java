package io.chaosday.plan;

import java.util.Arrays;
import java.util.Optional;

/** The four phases of a Chaos Day, in the order they happen; each becomes an epic. */
public enum Phase {
    PLAN("plan"),
    EXECUTE("execute"),
    REVIEW("review"),
    SHARE("share");

    private final String key;

    Phase(String key) {
        this.key = key;
    }

    /** The stable key used in plan files, JSON output and issue identities. */
    public String key() {
        return key;
    }

    public static Optional<Phase> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
