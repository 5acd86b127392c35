package io.chaosday.plan;

import java.time.LocalDate;
import java.util.List;

/** A phase epic and its tickets; the epic is due with its latest ticket. */
public record PhasePlan(Phase phase, TicketText text, LocalDate due, List<Ticket> tickets) {

    public PhasePlan {
        tickets = List.copyOf(tickets);
    }

    public String key() {
        return phase.key();
    }

    public String summary() {
        return text.summary();
    }
}
