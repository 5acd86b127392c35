package io.chaosday.cli;

import io.chaosday.review.Outcome;
import java.util.Locale;

/** The outcomes a person can record, as the command line spells them (resolved-by-team). */
public enum OutcomeChoice {
    RESOLVED_BY_AGENTS(Outcome.RESOLVED_BY_AGENTS),
    RESOLVED_BY_TEAM(Outcome.RESOLVED_BY_TEAM),
    IN_PROGRESS(Outcome.IN_PROGRESS),
    NOT_RUN(Outcome.NOT_RUN);

    private final Outcome outcome;

    OutcomeChoice(Outcome outcome) {
        this.outcome = outcome;
    }

    Outcome outcome() {
        return outcome;
    }

    /** As the user types it; picocli matches typed values against this, ignoring case. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
