package io.chaosday.cli;

import io.chaosday.review.Experiment;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chaosday experiments list}: the experiments with owner, team and outcome. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the experiments with their owner, team and outcome.")
public final class ExperimentsListCommand implements Callable<Integer> {

    @ParentCommand
    ExperimentsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JiraOptions jira;

    @Mixin
    WhichChaosDay which;

    @Override
    public Integer call() {
        String key = jira.projectKey();
        IssueTracker tracker = jira.connect(parent.root);
        List<Experiment> experiments = ChaosDayExperiments.list(
                ChaosDayFinder.withCardsAndPages(tracker).find(key, which.id()));
        PrintWriter out = spec.commandLine().getOut();
        if (experiments.isEmpty()) {
            out.println("no experiments yet; add them with 'chaosday experiments add'");
            return ExitCodes.OK;
        }
        out.printf("%-10s  %-28s  %-12s  %-12s  %s%n", "KEY", "OUTCOME", "OWNER", "TEAM", "TITLE");
        for (Experiment e : experiments) {
            out.printf("%-10s  %-28s  %-12s  %-12s  %s%n", e.key().map(Object::toString).orElse("-"), e.outcome().label(),
                    e.owner(), e.team(), e.title());
        }
        return ExitCodes.OK;
    }
}
