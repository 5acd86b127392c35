package io.chaosday.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a plan must keep to before anything is written from it: every date fits YYYY-MM-DD, and
 * (for a new Chaos Day, unless the facilitator allows it) no ticket is overdue on the day it is made.
 * A moved Chaos Day may rightly have early tickets in the past: they are reported as overdue instead.
 */
public final class DefinitionLimits {

    /** The last year a date can be written as YYYY-MM-DD, as Jira, CSV and iCalendar need. */
    public static final int LAST_WRITABLE_YEAR = 9999;

    /** Whether tickets already overdue refuse the plan. */
    public enum Past { REFUSED, ALLOWED }

    private static final int EXAMPLES = 5;

    private DefinitionLimits() {
    }

    /** Whether {@code date} can be written as YYYY-MM-DD. */
    public static boolean writable(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= LAST_WRITABLE_YEAR;
    }

    /** The first limit {@code plan} breaks, made on {@code today}; empty when it keeps them all. */
    public static Optional<PlanProblem> check(ChaosDayPlan plan, LocalDate today, Past past) {
        Optional<Ticket> unwritable = plan.tickets().filter(t -> !writable(t.due())).findFirst();
        if (unwritable.isPresent()) {
            return Optional.of(new PlanProblem.UnwritableDate(unwritable.get().identity(), unwritable.get().due(),
                    LAST_WRITABLE_YEAR));
        }
        List<Ticket> overdue = plan.dueBefore(today);
        if (past == Past.REFUSED && !overdue.isEmpty()) {
            return Optional.of(new PlanProblem.StartsInThePast(overdue.size(), overdue.stream().limit(EXAMPLES)
                    .map(t -> t.identity() + " " + t.due()).toList()));
        }
        return Optional.empty();
    }
}
