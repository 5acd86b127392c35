package io.chaosday.workflow;

import io.chaosday.review.Experiment;
import io.chaosday.review.Outcome;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.plan.Phase;
import io.chaosday.plan.Step;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.Slug;
import io.chaosday.tracker.TrackedIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Experiments as tickets under the Execute epic: added once each (found again by their title's
 * identity), listed with their cards, and marked with their outcome after the day.
 */
public final class ChaosDayExperiments {

    private final IssueTracker tracker;

    public ChaosDayExperiments(IssueTracker tracker) {
        this.tracker = tracker;
    }

    /** What an add did: tickets created, and experiments already there (left as people edited them). */
    public record Added(List<TrackedIssue> created, List<TrackedIssue> unchanged, List<Experiment> wouldCreate) {
    }

    /** The identity of an experiment: its title, as a slug, within its Chaos Day. */
    public static IssueIdentity identity(ChaosDayId id, Experiment experiment) {
        return new IssueIdentity(id, new Item.ExperimentTicket(Slug.of(experiment.title(), 80, "experiment")));
    }

    public Added add(String projectKey, ChaosDayId id, List<Experiment> experiments, boolean dryRun, Progress progress) {
        ChaosDayFinder finder = new ChaosDayFinder(tracker);
        return ReadThenWrite.run(() -> finder.find(projectKey, id), found -> {
            TrackedIssue epic = found.find(IssueIdentity.ofEpic(id, Phase.EXECUTE)).orElseThrow(() -> new WorkflowException(
                    new WorkflowFailure.NoExecuteEpic(projectKey)));
            // Due on the Chaos Day's ticket; when that ticket is gone, on the day the definition keeps.
            Optional<LocalDate> chaosDay = found.find(new IssueIdentity(id, new Item.StepTicket(Step.CHAOS_DAY)))
                    .flatMap(TrackedIssue::due)
                    .or(() -> found.definition().map(d -> d.spec().calendar().shift(d.chaosDay(), d.days() - 1)));
            List<TrackedIssue> unchanged = new ArrayList<>();
            List<Experiment> missing = new ArrayList<>();
            List<NewIssue> toCreate = new ArrayList<>();
            for (Experiment e : experiments) {
                Optional<TrackedIssue> existing = found.find(identity(id, e));
                if (existing.isPresent()) {
                    unchanged.add(existing.get());
                } else if (missing.stream().noneMatch(m -> identity(id, m).equals(identity(id, e)))) {
                    missing.add(e);
                    toCreate.add(new NewIssue(identity(id, e), IssueKind.EXPERIMENT, e.title(), ExperimentCard.describe(e),
                            chaosDay, List.of(PlannedIssues.CHAOS_DAY_LABEL, ExperimentCard.LABEL, "chaos-day-phase-execute"),
                            Optional.of(epic.key()), Map.of(IssueProperties.EXPERIMENT, ExperimentCard.toProperty(e))));
                }
            }
            JiraLimits.check(toCreate);
            if (dryRun || toCreate.isEmpty()) {
                return new Added(List.of(), unchanged, dryRun ? missing : List.of());
            }
            DuplicateSweep.Result swept = new DuplicateSweep(tracker).sweep(projectKey, found,
                    tracker.createIssues(projectKey, toCreate, progress));
            unchanged.addAll(swept.lostTo());
            return new Added(swept.kept(), unchanged, List.of());
        }, progress);
    }

    /** The experiments of a Chaos Day with their cards and outcomes, in the order they were added. */
    public static List<Experiment> list(ChaosDayIssues found) {
        List<Experiment> experiments = new ArrayList<>();
        found.byItem().forEach((item, issue) -> {
            if (item instanceof Item.ExperimentTicket) {
                ExperimentCard.fromIssue(issue).ifPresent(experiments::add);
            }
        });
        return experiments;
    }

    /** Records how an experiment ended; {@code which} is its issue key or its title. */
    public TrackedIssue recordOutcome(ChaosDayIssues found, String which, Outcome outcome) {
        TrackedIssue issue = found.byItem().entrySet().stream()
                .filter(e -> e.getKey() instanceof Item.ExperimentTicket)
                .map(Map.Entry::getValue)
                .filter(i -> i.key().equalsIgnoreCase(which.strip()) || i.summary().equalsIgnoreCase(which.strip()))
                .findFirst()
                .orElseThrow(() -> new WorkflowException(new WorkflowFailure.NoSuchExperiment(which)));
        Set<String> others = new java.util.HashSet<>(ExperimentCard.allOutcomeLabels());
        others.remove(ExperimentCard.outcomeLabel(outcome));
        tracker.changeLabels(issue.key(), Set.of(ExperimentCard.outcomeLabel(outcome)), others);
        return issue;
    }
}
