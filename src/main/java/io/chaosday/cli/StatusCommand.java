package io.chaosday.cli;

import io.chaosday.tracker.IssueTracker;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayStatus;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chaosday status}: where the Chaos Day stands. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show where a Chaos Day stands in Jira.", "",
            "Per phase, tickets done out of all; overdue tickets and who has them; the days left to the Chaos Day."},
        footer = {"", "Examples:",
            "  chaosday status --jira https://jira.example.com --project CHAOS",
            "  chaosday status --format json"})
public final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    ChaosDayCli root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JiraOptions jira;

    @Mixin
    WhichChaosDay which;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Override
    public Integer call() {
        String key = jira.projectKey();
        IssueTracker tracker = jira.connect(root);
        ChaosDayStatus.Report report = ChaosDayStatus.of(
                new ChaosDayFinder(tracker).find(key, which.id()), LocalDate.now(root.clock()));
        spec.commandLine().getOut().print(format == ReportFormat.JSON ? StatusJson.render(report, tracker) : StatusTable.render(report));
        return ExitCodes.OK;
    }
}
