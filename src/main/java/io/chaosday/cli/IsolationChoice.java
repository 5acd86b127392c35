package io.chaosday.cli;

import io.chaosday.review.Isolation;
import java.util.Locale;

/** Whether an experiment needs the environment to itself, as the command line spells it. */
public enum IsolationChoice {
    ISOLATED(Isolation.ISOLATED),
    PARALLEL(Isolation.PARALLEL);

    private final Isolation isolation;

    IsolationChoice(Isolation isolation) {
        this.isolation = isolation;
    }

    Isolation isolation() {
        return isolation;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
