package io.chaosday.cli;

import io.chaosday.review.Experiment;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ExperimentsFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chaosday experiments add}: experiment cards from a file, or one from options. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add experiments as tickets under the Execute epic.", "",
            "From a YAML file (--file) or one at a time (--title with the card options). Safe to run again: an "
                + "experiment already there (same title) is left as it is."},
        footer = {"", "Examples (with JIRA_URL and JIRA_PROJECT set):",
            "  chaosday experiments add --file experiments.yaml --dry-run",
            "  chaosday experiments add --title \"Search loses its cache\" \\",
            "      --rollback \"restart the cache\" --owner bob --team Search \\",
            "      --isolation parallel"})
public final class ExperimentsAddCommand implements Callable<Integer> {

    @ParentCommand
    ExperimentsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JiraOptions jira;

    @Mixin
    WhichChaosDay which;

    @ArgGroup(exclusive = true)
    Source source;

    /** Experiments come from a file, or one from the card options: not both. */
    static final class Source {

        @Option(names = "--file", paramLabel = "FILE", required = true,
                description = "YAML file of experiment cards (see the README).")
        Path file;

        @ArgGroup(exclusive = false)
        ExperimentOptions card;
    }

    @Option(names = "--dry-run", description = "Show what would be added, and change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        String key = jira.projectKey();
        List<Experiment> experiments = experiments();
        ChaosDayCli root = parent.root;
        IssueTracker tracker = jira.connect(root);
        var id = new ChaosDayFinder(tracker).find(key, which.id()).id();
        ChaosDayExperiments.Added added = new ChaosDayExperiments(tracker).add(key, id, experiments, dryRun,
                new StderrProgress(spec.commandLine().getErr()));
        PrintWriter out = spec.commandLine().getOut();
        added.wouldCreate().forEach(e -> out.println("would add  " + e.title()));
        for (TrackedIssue issue : added.created()) {
            out.printf("added  %-10s %s  %s%n", issue.key(), issue.summary(), tracker.browse(issue.key()));
        }
        added.unchanged().forEach(i -> out.printf("already there  %-10s %s%n", i.key(), i.summary()));
        out.println((dryRun ? added.wouldCreate().size() + " to add" : added.created().size() + " added") + ", "
                + added.unchanged().size() + " already there" + (dryRun ? " (dry run: nothing changed)" : ""));
        return ExitCodes.OK;
    }

    private List<Experiment> experiments() {
        if (source == null || source.file == null && source.card == null) {
            throw new UsageException("say which experiments to add: --file FILE, or --title TEXT with --rollback and --owner");
        }
        if (source.file != null) {
            return ExperimentsFile.parse(PlanOptions.read(source.file, "--file"), source.file.toString());
        }
        return List.of(source.card.experiment());
    }
}
