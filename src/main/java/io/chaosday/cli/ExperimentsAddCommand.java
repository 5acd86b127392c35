package io.chaosday.cli;

import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.PartlyDone;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ExperimentsFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chaosday experiments add}: experiment cards from a file, or one from options. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add experiments as tickets under the Execute epic.", "",
            "From a YAML file (--file) or one at a time (--title with the card options). Safe to run again: an "
                + "experiment already there (same title) is updated where its card changed (rollback, failure, "
                + "expected impact and response, owner, team, date) and the run says which fields; a field a person "
                + "edited in Jira since the last add is kept, and named, unless you pass --force (the description is "
                + "compared part by part, so an edit to one part does not hold back the others). The owner is "
                + "assigned the ticket (an owner Jira does not know is named, on --dry-run too); the team must be one of the Chaos Day's."},
        footer = {"", "Examples (with JIRA_URL and JIRA_PROJECT set):",
            "  chaosday experiments add --file experiments.yaml --dry-run",
            "  chaosday experiments add --title \"Search loses its cache\" \\",
            "      --rollback \"restart the cache\" --owner bob --team Search \\",
            "      --isolation parallel"})
public final class ExperimentsAddCommand extends ChaosDayCommand {

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

    @Option(names = "--security-level", paramLabel = "NAME",
            description = "Issue security level for the experiment tickets, so the responding teams cannot read the cards "
                    + "before the day; one the project's issue security scheme offers. Default: 'securityLevel' in --file, else none.")
    String securityLevel;

    @Option(names = "--force", description = "Overwrite fields people edited in Jira since the last add.")
    boolean force;

    @Option(names = "--dry-run", description = "Show what would be added or updated, and change nothing.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}: json prints one document saying what was added, updated and left alone, "
                    + "with keys and addresses (docs/json/chaosday-result.schema.json). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;


    @Override
    public Integer call() {
        String key = jira.projectKey();
        ExperimentsFile.Contents contents = experiments();
        Optional<String> level = Optional.ofNullable(securityLevel).filter(l -> !l.isBlank()).or(contents::securityLevel);
        ChaosDayCli root = context.root();
        IssueTracker tracker = jira.connect(context.root());
        // Read with its cards alone: the add writes from this reading, so the Chaos Day is read once.
        var found = ChaosDayFinder.withCards(tracker).findByName(key, which.name());
        var id = found.id();
        ChaosDayExperiments.Added added;
        Optional<io.chaosday.tracker.TrackerException> stopped = Optional.empty();
        try {
            added = new ChaosDayExperiments(tracker).add(
                    new ChaosDayExperiments.AddRequest(key, id, contents.experiments(), level, force, dryRun), found,
                    new StderrProgress(context.err(), context.root().terminal()));
        } catch (PartlyDone partly) {
            // What landed before the failure is reported first; the failure then ends the run as it always has.
            added = partly.soFar(ChaosDayExperiments.Added.class).orElseThrow(() -> partly);
            stopped = Optional.of(partly.failure());
        }
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        if (format == ReportFormat.JSON) {
            warnings(added, err);
            json(added, tracker, found).print(out);
            stopped.ifPresent(PartlyDone::rethrow);
            return ExitCodes.OK;
        }
        added.wouldCreate().forEach(e -> out.println("would add  " + e.title()));
        for (TrackedIssue issue : added.created()) {
            out.printf("added  %-10s %s  %s%n", issue.key(), issue.summary(), tracker.browse(issue.key()));
        }
        long updated = 0;
        for (ChaosDayExperiments.Change change : added.changed()) {
            if (!change.updated().isEmpty()) {
                updated++;
                out.printf("%s  %-10s %s (%s)%n", dryRun ? "would update" : "updated", change.issue().key(),
                        change.issue().summary(), String.join(", ", change.updated()));
            }
            if (!change.kept().isEmpty()) {
                err.println("warning: " + change.issue().key() + ": " + String.join(", ", change.kept())
                        + (change.kept().size() == 1 ? " was" : " were") + " edited in Jira since the last add and "
                        + (dryRun ? "would be" : "is") + " kept as it is; pass --force to overwrite");
            }
        }
        unassignedWarnings(added, err);
        added.unchanged().forEach(i -> out.printf("up to date  %-10s %s%n", i.key(), i.summary()));
        if (stopped.isPresent()) {
            out.println(added.created().size() + " added, " + updated + " updated, then the run stopped (below): what is listed"
                    + " above is in Jira; run the same add again to finish");
            PartlyDone.rethrow(stopped.get());
        }
        long kept = added.changed().stream().filter(c -> !c.kept().isEmpty()).count();
        out.println((dryRun ? added.wouldCreate().size() + " to add, " + updated + " to update"
                : added.created().size() + " added, " + updated + " updated") + ", "
                + (kept > 0 ? kept + " with fields kept as edited in Jira, " : "")
                + added.unchanged().size() + " already up to date" + (dryRun ? " (dry run: nothing changed)" : ""));
        return ExitCodes.OK;
    }

    private void warnings(ChaosDayExperiments.Added added, PrintWriter err) {
        for (ChaosDayExperiments.Change change : added.changed()) {
            if (!change.kept().isEmpty()) {
                err.println("warning: " + change.issue().key() + ": " + String.join(", ", change.kept())
                        + (change.kept().size() == 1 ? " was" : " were") + " edited in Jira since the last add and "
                        + (dryRun ? "would be" : "is") + " kept as it is; pass --force to overwrite");
            }
        }
        unassignedWarnings(added, err);
    }

    /** The owners Jira does not find exactly, on a dry run too: whether the tickets are there yet or not. */
    private void unassignedWarnings(ChaosDayExperiments.Added added, PrintWriter err) {
        String fix = "; give the owner as a user name, e-mail address, whole display name or account id";
        added.unassigned().forEach(u -> err.println("warning: " + u.issue().key() + (dryRun ? " would be" : " is")
                + " left unassigned: " + notFound(u.owner(), u.candidates()) + fix));
        added.wouldCreateUnassigned().forEach(e -> err.println("warning: '" + e.title() + "' would be left unassigned: "
                + "Jira knows no user '" + e.owner() + "'" + fix));
    }

    /** Names whom Jira found instead, so the owner can be written to match one person exactly. */
    static String notFound(String owner, List<String> candidates) {
        return candidates.isEmpty() ? "Jira knows no user '" + owner + "'"
                : "'" + owner + "' is no exact match for one person (Jira found " + String.join(", ", candidates) + ")";
    }

    private ResultJson json(ChaosDayExperiments.Added added, IssueTracker tracker, io.chaosday.workflow.ChaosDayIssues found) {
        ResultJson json = new ResultJson("experiments add", dryRun, tracker).chaosDay(found.id(), found.name());
        var experiments = json.list("experiments");
        added.created().forEach(i -> json.issue(experiments, "added", i));
        added.wouldCreate().forEach(e -> json.planned(experiments, "would-add", e.title(), Optional.empty()));
        for (ChaosDayExperiments.Change change : added.changed()) {
            var node = json.issue(experiments, change.updated().isEmpty() ? "kept-as-edited" : dryRun ? "would-update" : "updated",
                    change.issue());
            change.updated().forEach(node.putArray("updated")::add);
            change.kept().forEach(node.putArray("keptAsEdited")::add);
        }
        added.unchanged().forEach(i -> json.issue(experiments, "unchanged", i));
        var unassigned = json.list("unassigned");
        added.unassigned().forEach(u -> {
            var node = unassigned.addObject().put("key", u.issue().key()).put("owner", u.owner());
            u.candidates().forEach(node.putArray("candidates")::add);
        });
        added.wouldCreateUnassigned().forEach(e -> unassigned.addObject().putNull("key").put("title", e.title())
                .put("owner", e.owner()));
        return json;
    }

    private ExperimentsFile.Contents experiments() {
        if (source == null || source.file == null && source.card == null) {
            throw new UsageException("say which experiments to add: --file FILE, or --title TEXT with --rollback and --owner");
        }
        if (source.file != null) {
            return ExperimentsFile.read(PlanOptions.read(source.file, "--file", ExperimentsFile.MAX_BYTES), source.file.toString());
        }
        return new ExperimentsFile.Contents(List.of(source.card.experiment()), Optional.empty());
    }
}
