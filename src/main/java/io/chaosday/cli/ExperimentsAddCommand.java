package io.chaosday.cli;

import io.chaosday.review.ExpectedImpact;
import io.chaosday.review.Experiment;
import io.chaosday.review.Failure;
import io.chaosday.review.Isolation;
import io.chaosday.review.Outcome;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ExperimentsFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
        footer = {"", "Examples:",
            "  chaosday experiments add --jira https://jira.example.com --project CHAOS --file experiments.yaml",
            "  chaosday experiments add --jira https://jira.example.com --project CHAOS --title \"Search loses its cache\" \\",
            "      --rollback \"restart the cache\" --owner Bob --team Search --isolation parallel"})
public final class ExperimentsAddCommand implements Callable<Integer> {

    @ParentCommand
    ExperimentsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JiraOptions jira;

    @Mixin
    WhichChaosDay which;

    @Option(names = "--file", paramLabel = "FILE", description = "YAML file of experiment cards (see the README).")
    Path file;

    @Option(names = "--title", paramLabel = "TEXT", description = "<component> <failure> <expected result>.")
    String title;

    @Option(names = "--component", paramLabel = "TEXT") String component = "";
    @Option(names = "--failure-what", paramLabel = "TEXT") String failureWhat = "";
    @Option(names = "--failure-where", paramLabel = "TEXT") String failureWhere = "";
    @Option(names = "--failure-how", paramLabel = "TEXT") String failureHow = "";
    @Option(names = "--impact-technical", paramLabel = "TEXT") String impactTechnical = "";
    @Option(names = "--impact-business", paramLabel = "TEXT") String impactBusiness = "";
    @Option(names = "--expected-response", paramLabel = "TEXT") String expectedResponse = "";
    @Option(names = "--rollback", paramLabel = "TEXT", description = "How the fault is undone (required).") String rollback;
    @Option(names = "--isolation", paramLabel = "isolated|parallel", defaultValue = "isolated") String isolation;
    @Option(names = "--environment", paramLabel = "TEXT") String environment = "";
    @Option(names = "--owner", paramLabel = "NAME", description = "The Agent of Chaos running it (required).") String owner;
    @Option(names = "--team", paramLabel = "NAME") String team = "";

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
        if (file != null && title != null) {
            throw new UsageException("give either --file or --title, not both");
        }
        if (file != null) {
            return ExperimentsFile.parse(PlanOptions.read(file, "--file", ExperimentsFile.MAX_BYTES), file.toString());
        }
        if (title == null || title.isBlank()) {
            throw new UsageException("say which experiments to add: --file FILE, or --title TEXT with --rollback and --owner");
        }
        if (rollback == null || rollback.isBlank() || owner == null || owner.isBlank()) {
            throw new UsageException("an experiment needs --rollback (how the fault is undone) and --owner (the Agent of Chaos)");
        }
        Isolation iso = switch (isolation.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "isolated" -> Isolation.ISOLATED;
            case "parallel" -> Isolation.PARALLEL;
            default -> throw new UsageException("--isolation must be isolated or parallel, not '" + isolation + "'");
        };
        return List.of(new Experiment(Optional.empty(), title.strip(), component, new Failure(failureWhat, failureWhere, failureHow),
                new ExpectedImpact(impactTechnical, impactBusiness), expectedResponse, rollback, iso, environment, owner, team,
                Outcome.NOT_RUN));
    }
}
