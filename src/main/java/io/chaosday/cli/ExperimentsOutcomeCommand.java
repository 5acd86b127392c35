package io.chaosday.cli;

import io.chaosday.review.Outcome;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chaosday experiments outcome}: how an experiment ended. */
@Command(name = "outcome", mixinStandardHelpOptions = true,
        description = "Record how an experiment ended.",
        footer = {"", "Example (with JIRA_URL and JIRA_PROJECT set):",
            "  chaosday experiments outcome --experiment CHAOS-21 --outcome resolved-by-team"})
public final class ExperimentsOutcomeCommand implements Callable<Integer> {

    @ParentCommand
    ExperimentsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JiraOptions jira;

    @Mixin
    WhichChaosDay which;

    @Option(names = "--experiment", required = true, paramLabel = "KEY|TITLE", description = "The experiment's issue key or title.")
    String experiment;

    @Option(names = "--outcome", required = true, paramLabel = "OUTCOME",
            description = "One of ${COMPLETION-CANDIDATES}.")
    OutcomeChoice outcome;

    @Override
    public Integer call() {
        String key = jira.projectKey();
        Outcome chosen = outcome.outcome();
        IssueTracker tracker = jira.connect(parent.root);
        TrackedIssue issue = new ChaosDayExperiments(tracker).recordOutcome(
                new ChaosDayFinder(tracker).findByName(key, which.name()),
                experiment, chosen);
        spec.commandLine().getOut().println(issue.key() + "  " + chosen.label() + "  " + issue.summary());
        return ExitCodes.OK;
    }

}
