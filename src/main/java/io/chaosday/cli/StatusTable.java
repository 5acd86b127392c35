package io.chaosday.cli;

import io.chaosday.plan.Dates;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayStatus;
import java.util.List;

/** The status report for the terminal. */
final class StatusTable {

    private StatusTable() {
    }

    static String render(ChaosDayStatus.Report report) {
        StringBuilder out = new StringBuilder(report.name());
        report.chaosDay().ifPresent(d -> out.append(": ").append(Dates.withWeekday(d)));
        report.daysToChaosDay().ifPresent(days -> out.append(days > 0 ? ", in " + days + " days"
                : days == 0 ? ", today" : ", " + -days + " days ago"));
        out.append('\n');
        out.append(report.current().map(p -> "Current phase: " + p.key()).orElse("Every phase ticket is done")).append("\n\n");
        out.append(String.format("%-8s  %-9s  %-10s  %s%n", "PHASE", "DONE", "DUE", "EPIC"));
        for (ChaosDayStatus.PhaseProgress phase : report.phases()) {
            out.append(String.format("%-8s  %-9s  %-10s  %s%n", phase.phase().key(), phase.done() + "/" + phase.total(),
                    phase.due().map(Object::toString).orElse("-"), phase.epicKey().orElse("-")));
        }
        ChaosDayStatus.Improvements improvements = report.improvements();
        out.append(improvements.total() == 0 ? "\nImprovement tickets: none yet (publish raises them from the reviews)\n"
                : "\nImprovement tickets: " + improvements.done() + "/" + improvements.total() + " done\n");
        if (report.overdue().isEmpty()) {
            out.append("\nNothing is overdue.\n");
        } else {
            out.append("\nOverdue (").append(report.overdue().size()).append("):\n");
            tickets(report.overdue(), out);
        }
        if (report.dueThisWeek().isEmpty()) {
            out.append("\nNothing else is due in the next ").append(ChaosDayStatus.WEEK_DAYS).append(" days.\n");
        } else {
            out.append("\nDue in the next ").append(ChaosDayStatus.WEEK_DAYS).append(" days (")
                    .append(report.dueThisWeek().size()).append("):\n");
            tickets(report.dueThisWeek(), out);
        }
        return out.toString();
    }

    private static void tickets(List<TrackedIssue> issues, StringBuilder out) {
        issues.forEach(i -> out.append(String.format("  %-10s due %s  %-20s %s%n", i.key(),
                i.due().map(Object::toString).orElse("-"), i.assignee().orElse("unassigned"), i.summary())));
    }
}
