package io.chaosday.cli;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.PartlyDone;
import io.chaosday.workflow.RescheduleChaosDay;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chaosday reschedule}: make the project hold what the Chaos Day now asks for, on its dates. */
@Command(name = "reschedule", mixinStandardHelpOptions = true,
        description = {
            "Move the Chaos Day or change its teams: the project follows (tickets added, open ones moved).",
            "",
            "Tickets the new plan adds are created (a team's kick-off and review for each team that joins, the "
                + "team-of-teams review once there are two teams); tickets of a team that left are listed, never deleted. "
                + "Every epic and ticket that is not done gets the due date the new plan gives it; done ones keep theirs. "
                + "The Chaos Day remembers what create was given (date, length, teams, holidays, weekend, plan file): "
                + "give only what changes; options given again win and are remembered. For a Chaos Day made by "
                + "an older release, which remembers nothing, give the same --days, --holiday, --weekend and "
                + "--plan-file as for create."
        },
        footer = {"", "Example (with JIRA_URL and JIRA_PROJECT set):",
            "  chaosday reschedule --chaos-day 2027-03-17 --dry-run"})
public final class RescheduleCommand implements Callable<Integer> {

    @Mixin
    CommandContext context;

    @Mixin
    JiraOptions jira;

    @Mixin
    PlanOptions planOptions;

    @Option(names = "--dry-run", description = "Show what would move, and change nothing.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}: json prints one document saying what was moved and what was left alone, "
                    + "with keys and addresses (docs/json/chaosday-result.schema.json). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;


    @Override
    public Integer call() {
        String key = jira.projectKey();
        jira.uri(); // a mistyped address is bad input, reported before anything is sent
        planOptions.check(); // bad input is reported before anything is sent
        IssueTracker tracker = jira.connect(context.root());
        planOptions.defaultName = WhichChaosDay.defaultName(context.command);
        ChaosDayIssues found = new ChaosDayFinder(tracker).findByName(key,
                Optional.ofNullable(planOptions.name).map(String::strip).or(() -> planOptions.defaultName));
        ChaosDayDefinition definition = planOptions.changed(found.definition(), found.teams(), context.clock());
        RescheduleChaosDay.Report report;
        Optional<io.chaosday.tracker.TrackerException> stopped = Optional.empty();
        try {
            report = new RescheduleChaosDay(tracker).run(key, found, definition, dryRun,
                    new StderrProgress(context.err(), context.root().terminal()));
        } catch (PartlyDone partly) {
            // What landed before the failure is reported first; the failure then ends the run as it always has.
            report = partly.soFar(RescheduleChaosDay.Report.class).orElseThrow(() -> partly);
            stopped = Optional.of(partly.failure());
        }
        PrintWriter out = context.out();
        if (format == ReportFormat.JSON) {
            json(report, tracker, found, definition, stopped.isPresent()).print(out);
            stopped.ifPresent(PartlyDone::rethrow);
            return ExitCodes.OK;
        }
        if (dryRun) {
            report.missing().forEach(p -> out.printf("would create  %-10s %s  %s%n", "", p.due(), p.issue().summary()));
        }
        report.created().forEach(i -> out.printf("created  %-10s %s  %s%n", i.key(),
                i.due().map(Object::toString).orElse("(none)"), i.summary()));
        for (RescheduleChaosDay.Move move : report.moved()) {
            out.printf("%s  %-10s %s -> %s  %s%n", dryRun ? "would move" : stopped.isPresent() ? "may have moved" : "moved", move.issue().key(),
                    move.change().from().map(Object::toString).orElse("(none)"), move.change().to(), move.issue().summary());
        }
        report.done().forEach(i -> out.printf("done, left alone  %-10s %s%n", i.key(), i.summary()));
        report.notInPlan().forEach(i -> out.printf("not in the new plan, left alone  %-10s %s%n", i.key(), i.summary()));
        if (stopped.isPresent()) {
            out.println(report.created().size() + " created" + (report.moved().isEmpty() ? "" : ", " + report.moved().size()
                    + " due dates being moved") + ", then the run stopped (below): what is listed above is in Jira or under way;"
                    + " run the same reschedule again to finish");
            PartlyDone.rethrow(stopped.get());
        }
        java.time.LocalDate today = context.today();
        List<RescheduleChaosDay.Move> overdue = report.moved().stream().filter(m -> m.change().to().isBefore(today)).toList();
        if (!overdue.isEmpty()) {
            out.println(overdue.size() + " open tickets " + (dryRun ? "would be" : "are now") + " overdue: "
                    + String.join(", ", overdue.stream().map(m -> m.issue().key() + " " + m.change().to()).toList()));
        }
        out.println((dryRun ? report.missing().size() + " would be created, " : report.created().size() + " created, ")
                + report.moved().size() + (dryRun ? " would move, " : " moved, ") + report.unchanged().size()
                + " already on their date, " + report.done().size() + " done and left alone"
                + (dryRun ? " (dry run: nothing changed)" : ""));
        return ExitCodes.OK;
    }

    private ResultJson json(RescheduleChaosDay.Report report, IssueTracker tracker, ChaosDayIssues found,
            ChaosDayDefinition definition, boolean stopped) {
        ResultJson json = new ResultJson("reschedule", dryRun, tracker).chaosDay(found.id(), definition.name());
        json.root().put("chaosDayDate", definition.chaosDay().toString());
        var issues = json.list("issues");
        for (RescheduleChaosDay.Move move : report.moved()) {
            json.issue(issues, dryRun ? "would-move" : stopped ? "may-have-moved" : "moved", move.issue())
                    .put("from", ResultJson.date(move.change().from())).put("to", move.change().to().toString());
        }
        report.unchanged().forEach(i -> json.issue(issues, "unchanged", i));
        report.done().forEach(i -> json.issue(issues, "done-left-alone", i));
        report.notInPlan().forEach(i -> json.issue(issues, "not-in-plan-left-alone", i));
        report.created().forEach(i -> json.issue(issues, "created", i));
        report.missing().forEach(i -> json.planned(issues, dryRun ? "would-create" : "missing", i.issue().summary(),
                i.issue().due()));
        return json;
    }
}
