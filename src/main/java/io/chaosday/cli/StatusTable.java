package io.chaosday.cli;

import io.chaosday.plan.Dates;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayStatus;
import java.util.List;

/**
 * The status report for the terminal; on one that shows colour, done phases and improvement tickets
 * green, unfinished ones yellow, overdue red.
 */
final class StatusTable {

    private StatusTable() {
    }

    /** Every value from Jira or a user is made safe here, as the painted text may bypass the safe writer. */
    static String render(ChaosDayStatus.Report report, Terminal terminal) {
        StringBuilder out = new StringBuilder(TerminalText.safe(report.name()));
        report.chaosDay().ifPresent(d -> out.append(": ").append(Dates.withWeekday(d)));
        report.daysToChaosDay().ifPresent(days -> out.append(days > 0 ? ", in " + days + " days"
                : days == 0 ? ", today" : ", " + -days + " days ago"));
        out.append('\n');
        out.append(report.current().map(p -> "Current phase: " + p.key()).orElse("Every phase ticket is done")).append("\n\n");
        out.append(String.format("%-8s  %-9s  %-10s  %s%n", "PHASE", "DONE", "DUE", "EPIC"));
        for (ChaosDayStatus.PhaseProgress phase : report.phases()) {
            // padded before painting: the colour codes take no room on screen
            String done = String.format("%-9s", phase.done() + "/" + phase.total());
            String painted = phase.total() == 0 ? done
                    : terminal.paintStdout(phase.done() == phase.total() ? Terminal.GREEN : Terminal.YELLOW, done);
            out.append(String.format("%-8s  %s  %-10s  %s%n", phase.phase().key(), painted,
                    phase.due().map(Object::toString).orElse("-"), TerminalText.safe(phase.epicKey().orElse("-"))));
        }
        ChaosDayStatus.Improvements improvements = report.improvements();
        out.append(improvements.total() == 0 ? "\nImprovement tickets: none yet (publish raises them from the reviews)\n"
                : "\nImprovement tickets: " + terminal.paintStdout(improvements.done() == improvements.total() ? Terminal.GREEN
                        : Terminal.YELLOW, improvements.done() + "/" + improvements.total() + " done") + "\n");
        if (report.overdue().isEmpty()) {
            out.append("\n").append(terminal.paintStdout(Terminal.GREEN, "Nothing is overdue.")).append("\n");
        } else {
            out.append("\n").append(terminal.paintStdout(Terminal.RED, "Overdue (" + report.overdue().size() + "):")).append("\n");
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
        issues.forEach(i -> out.append(String.format("  %-10s due %s  %-20s %s%n", TerminalText.safe(i.key()),
                i.due().map(Object::toString).orElse("-"), TerminalText.safe(i.assignee().orElse("unassigned")),
                TerminalText.safe(i.summary()))));
    }
}
