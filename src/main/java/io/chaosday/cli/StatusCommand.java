package io.chaosday.cli;

import io.chaosday.export.TrackerCalendar;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.StatusJson;
import io.chaosday.workflow.ChaosDayStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chaosday status}: where the Chaos Day stands. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show where a Chaos Day stands in Jira.", "",
            "Per phase, tickets done out of all; improvement tickets on a line of their own; overdue tickets and who "
                + "has them; what is due in the next seven days; the days left to the Chaos Day.", "",
            "Exit status: 0, or 3 with --fail-on-overdue when a ticket is overdue; 2 for an unknown project or "
                + "Chaos Day name (the message lists the project's Chaos Days)."},
        footer = {"", "Examples:",
            "  chaosday status --jira https://jira.example.com --project CHAOS",
            "  chaosday status --format json",
            "  chaosday status --format ics > chaos-day.ics",
            "  chaosday status --name \"Spring Chaos Day\" --fail-on-overdue"})
public final class StatusCommand extends ChaosDayCommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}; ics is a calendar of the dates as they are in Jira, whose "
                    + "events a re-import moves. Default: ${DEFAULT-VALUE}.")
    StatusFormat format;

    @Option(names = "--fail-on-overdue",
            description = "Exit with status 3 when any ticket is overdue, after printing the report: for scheduled jobs that alert.")
    boolean failOnOverdue;

    @Override
    public Integer call() {
        String key = jira.projectKey();
        IssueTracker tracker = jira.connect(context.root());
        // Improvement tickets sent to the teams' own projects count too.
        ChaosDayIssues found = io.chaosday.workflow.RoutedImprovements.include(tracker, key,
                new ChaosDayFinder(tracker).findByName(key, which.name()), ImprovementsConfig.read(context.root().environment(),
                        java.util.Optional.ofNullable(jira.config), context.root().workingDirectory()));
        ChaosDayStatus.Report report = ChaosDayStatus.of(found, context.today());
        // On the day itself, what is running too: the cards and the run logs are read only then.
        java.util.Optional<io.chaosday.workflow.day.DayBoard> board = format != StatusFormat.ICS
                && io.chaosday.workflow.day.DayBoard.onTheDay(found, report.chaosDay(), context.today())
                ? java.util.Optional.of(io.chaosday.workflow.day.DayBoard.read(tracker,
                        ChaosDayFinder.withCards(tracker).find(key, found.id()), context.clock()))
                : java.util.Optional.empty();
        if (format == StatusFormat.TABLE) {
            Terminal terminal = context.root().terminal();
            terminal.printPainted(context.out(), StatusTable.render(report, terminal)
                    + board.map(b -> DayBoardText.table(b, terminal)).orElse(""));
        } else {
            context.out().print(format == StatusFormat.JSON ? json(report, tracker, board)
                    : TrackerCalendar.render(found, tracker::browse, context.clock().instant()));
        }
        return failOnOverdue && !report.overdue().isEmpty() ? ExitCodes.OVERDUE : ExitCodes.OK;
    }

    /** The status as the plugin's REST resource answers it, indented for people reading it. */
    private static String json(ChaosDayStatus.Report report, IssueTracker tracker,
            java.util.Optional<io.chaosday.workflow.day.DayBoard> board) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode status = StatusJson.of(report, tracker::browse);
            board.ifPresent(b -> DayBoardText.json(status, b));
            return new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(status) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
