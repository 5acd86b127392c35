package io.chaosday.jira.page;

import java.util.List;

/**
 * Where the Chaos Day stands.
 *
 * @param whenKey  i18n key of the countdown: in N days, today, N days ago (its one argument is {@link #days()})
 * @param days     the countdown's number, never negative
 * @param phases   the four phases in order
 * @param overdue  open tickets due before today, earliest first
 * @param nextDue  the next open tickets due from today, soonest first
 */
public record StatusView(String whenKey, long days, List<PhaseRow> phases, List<TicketRow> overdue, List<TicketRow> nextDue) {

    public StatusView {
        phases = List.copyOf(phases);
        overdue = List.copyOf(overdue);
        nextDue = List.copyOf(nextDue);
    }

    public boolean hasOverdue() {
        return !overdue.isEmpty();
    }

    public int overdueCount() {
        return overdue.size();
    }

    public boolean hasNextDue() {
        return !nextDue.isEmpty();
    }
}
