package io.chaosday.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One ticket of the plan. {@code team} is present on per-team tickets; {@code starts} is present
 * when the ticket covers more than its due day (the Chaos Day itself).
 */
public record Ticket(Step step, Optional<String> team, TicketText text, LocalDate due, Optional<LocalDate> starts) {

    public String key() {
        return step.key();
    }

    public Phase phase() {
        return step.phase();
    }

    public String summary() {
        return text.summary();
    }

    /** Stable within a Chaos Day whatever its date: the step's key, and the team on per-team tickets. */
    public String identity() {
        return team.map(t -> step.key() + "/" + t).orElse(step.key());
    }
}
