package io.chaosday.export;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.Dates;
import io.chaosday.plan.PhasePlan;
import io.chaosday.plan.Ticket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The plan as a timeline for the terminal: one line per ticket, grouped by phase. */
public final class PlanTable implements PlanRenderer {

    private static final int SUMMARY_WIDTH = 48;

    @Override
    public String render(ChaosDayPlan plan, LocalDate today) {
        StringBuilder out = new StringBuilder();
        out.append(plan.name()).append(": ").append(Dates.withWeekday(plan.chaosDay()));
        if (plan.days() > 1) {
            out.append(" to ").append(Dates.withWeekday(plan.lastDay()));
        }
        out.append('\n');
        out.append(plan.teams().size() == 1 ? "1 team" : plan.teams().size() + " teams")
                .append(", design window ").append(plan.designWindow()).append(" working days, ")
                .append(plan.ticketCount()).append(" tickets in 4 epics\n");
        if (!plan.calendar().holidays().isEmpty()) {
            out.append("Holidays: ").append(String.join(", ",
                    plan.calendar().holidays().stream().map(LocalDate::toString).toList())).append('\n');
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"PHASE", "TICKET", "TEAM", "DUE", "", "FROM CHAOS DAY"});
        for (PhasePlan phase : plan.phases()) {
            for (Ticket ticket : phase.tickets()) {
                rows.add(new String[] {
                    phase.key(),
                    clip(ticket.summary()),
                    ticket.team().orElse("-"),
                    ticket.due().toString(),
                    Dates.shortWeekday(ticket.due()),
                    relative(plan.calendar().workingDaysBetween(plan.chaosDay(), ticket.due()), ticket.due().isBefore(today))
                });
            }
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i])).append(i == row.length - 1 ? "" : "  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String relative(int workingDays, boolean overdue) {
        String text;
        if (workingDays == 0) {
            text = "the Chaos Day";
        } else if (workingDays < 0) {
            text = days(-workingDays) + " before";
        } else {
            text = days(workingDays) + " after";
        }
        return overdue ? text + " (in the past)" : text;
    }

    private static String days(int n) {
        return n == 1 ? "1 working day" : n + " working days";
    }

    private static String clip(String text) {
        return text.length() <= SUMMARY_WIDTH ? text : text.substring(0, SUMMARY_WIDTH - 1) + "…";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
