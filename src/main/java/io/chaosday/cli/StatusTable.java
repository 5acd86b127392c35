package io.chaosday.cli;

import io.chaosday.workflow.ChaosDayStatus;

/** The status report for the terminal. */
final class StatusTable {

    private StatusTable() {
    }

    static String render(ChaosDayStatus.Report report) {
        StringBuilder out = new StringBuilder(report.name());
        report.chaosDay().ifPresent(d -> out.append(": ").append(io.chaosday.plan.Dates.withWeekday(d)));
        report.daysToChaosDay().ifPresent(days -> out.append(days > 0 ? ", in " + days + " days"
                : days == 0 ? ", today" : ", " + -days + " days ago"));
        out.append('\n');
        out.append(report.current().map(p -> "Current phase: " + p.key()).orElse("Every ticket is done")).append("\n\n");
        out.append(String.format("%-8s  %-9s  %-10s  %s%n", "PHASE", "DONE", "DUE", "EPIC"));
        for (ChaosDayStatus.PhaseProgress phase : report.phases()) {
            out.append(String.format("%-8s  %-9s  %-10s  %s%n", phase.phase().key(), phase.done() + "/" + phase.total(),
                    phase.due().map(Object::toString).orElse("-"), phase.epicKey().orElse("-")));
        }
        if (report.overdue().isEmpty()) {
            out.append("\nNothing is overdue.\n");
        } else {
            out.append("\nOverdue (").append(report.overdue().size()).append("):\n");
            report.overdue().forEach(i -> out.append(String.format("  %-10s due %s  %-20s %s%n", i.key(),
                    i.due().map(Object::toString).orElse("-"), i.assignee().orElse("unassigned"), i.summary())));
        }
        return out.toString();
    }
}
