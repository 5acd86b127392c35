package io.chaosday.cli;

import io.chaosday.review.Experiment;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--name", paramLabel = "TEXT", description = "Which Chaos Day, when the project has more than one.")
    String name;

    @Override
    public Integer call() {
        String key = jira.projectKey();
        jira.uri();
        IssueTracker tracker = parent.root.connections().jira(jira, parent.root.environment());
        List<Experiment> experiments = ChaosDayExperiments.list(
                ChaosDayFinder.withCardsAndPages(tracker).find(key, Optional.ofNullable(name).map(io.chaosday.tracker.ChaosDayId::fromName)));
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
