package io.chaosday.cli;

import io.chaosday.review.Outcome;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chaosday experiments outcome}: how an experiment ended. */
@Command(name = "outcome", mixinStandardHelpOptions = true,
        description = "Record how an experiment ended: resolved-by-agents, resolved-by-team, not-run or in-progress.",
        footer = {"", "Example:", "  chaosday experiments outcome --jira https://jira.example.com --project CHAOS \\",
            "      --experiment CHAOS-21 --outcome resolved-by-team"})
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
            description = "resolved-by-agents, resolved-by-team, not-run or in-progress.")
    String outcome;

    @Override
    public Integer call() {
        String key = jira.projectKey();
        Outcome chosen = outcome(outcome);
        IssueTracker tracker = jira.connect(parent.root);
        TrackedIssue issue = new ChaosDayExperiments(tracker).recordOutcome(
                new ChaosDayFinder(tracker).find(key, which.id()),
                experiment, chosen);
        spec.commandLine().getOut().println(issue.key() + "  " + chosen.label() + "  " + issue.summary());
        return ExitCodes.OK;
    }

    static Outcome outcome(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--outcome '" + text + "' is not an outcome; use resolved-by-agents, resolved-by-team, "
                    + "not-run or in-progress");
        }
    }
}
