package io.chaosday.workflow;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.Step;
import io.chaosday.tracker.DueDateChange;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackedIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes a project hold what its Chaos Day now asks for: the issues the plan needs and the project
 * lacks are created (a team's kick-off and review when teams join, the team-of-teams review once
 * there are two), and every open issue moves to the due date the plan gives it. Done issues keep
 * their dates: they record when the work was due, and moving them would rewrite history. Issues
 * the plan no longer has (a team that left) are listed and never deleted. Creating goes through
 * the same read-then-write rounds as {@link CreateChaosDay}, so a run repeated or cut short
 * duplicates nothing.
 */
public final class RescheduleChaosDay {

    private final IssueTracker tracker;

    public RescheduleChaosDay(IssueTracker tracker) {
        this.tracker = tracker;
    }

    /** A due date that moves (or, on a dry run, would move). */
    public record Move(TrackedIssue issue, DueDateChange change) {
    }

    /**
     * @param moved       open issues whose due date changed (in the report of a run stopped part-way,
     *                    {@link PartlyDone}: the moves under way, some of which may not have landed)
     * @param unchanged   open issues already on their planned date
     * @param done        done issues, left alone
     * @param missing     planned issues that were not in the tracker: a dry run would create them
     * @param created     the issues this run created (on a dry run: none)
     * @param notInPlan   issues of this Chaos Day the new plan does not have (e.g. a team that left); left alone
     */
    public record Report(List<Move> moved, List<TrackedIssue> unchanged, List<TrackedIssue> done,
            List<PlannedIssue> missing, List<TrackedIssue> created, List<TrackedIssue> notInPlan) {
    }

    /**
     * Moves the Chaos Day to what {@code definition} says and, unless on a dry run, keeps that
     * definition as the Chaos Day's own (a Chaos Day made before definitions were kept gets none:
     * its exact name is not known).
     */
    public Report run(String projectKey, ChaosDayIssues found, ChaosDayDefinition definition, boolean dryRun,
            Progress progress) {
        Optional<ChaosDayDefinition> toKeep = found.definition().isPresent() ? Optional.of(definition) : Optional.empty();
        Report report = run(projectKey, found, definition.plan(), PlannedIssues.of(definition, found.id()), toKeep, dryRun,
                progress);
        if (!dryRun && report.missing().isEmpty()) {
            try {
                toKeep.ifPresent(kept -> ChaosDayDefinitions.keep(tracker, found, kept));
            } catch (io.chaosday.tracker.TrackerException failed) {
                throw new PartlyDone(failed, report); // every issue is where it should be; only the definition is not kept
            }
        }
        return report;
    }

    /** As above, for a plan without a definition to keep. */
    public Report run(String projectKey, ChaosDayIssues found, ChaosDayPlan plan, boolean dryRun, Progress progress) {
        return run(projectKey, found, plan, PlannedIssues.of(plan, found.id()), Optional.empty(), dryRun, progress);
    }

    /**
     * Missing issues are created first, with their planned dates, so a run that fails while moving
     * has already given every team its tickets; the issues of the Chaos Day's own id are added to,
     * whatever name the definition now has.
     */
    private Report run(String projectKey, ChaosDayIssues found, ChaosDayPlan plan, List<PlannedIssue> planned,
            Optional<ChaosDayDefinition> toKeep, boolean dryRun, Progress progress) {
        List<Move> moves = new ArrayList<>();
        List<TrackedIssue> unchanged = new ArrayList<>();
        List<TrackedIssue> done = new ArrayList<>();
        List<PlannedIssue> missing = new ArrayList<>();
        for (PlannedIssue p : planned) {
            Optional<TrackedIssue> issue = found.find(p.identity());
            if (issue.isEmpty()) {
                missing.add(p);
            } else if (issue.get().done()) {
                done.add(issue.get());
            } else if (issue.get().due().equals(Optional.of(p.due()))) {
                unchanged.add(issue.get());
            } else {
                moves.add(new Move(issue.get(), new DueDateChange(issue.get().key(), issue.get().due(), p.due())));
            }
        }
        moves.addAll(experimentMoves(found, plan));
        // Experiments already on the Chaos Day count as on their date, as the planned tickets do.
        found.byItem().forEach((item, issue) -> {
            if (item instanceof Item.ExperimentTicket && !issue.done() && issue.due().equals(Optional.of(plan.chaosDay()))) {
                unchanged.add(issue);
            }
        });
        Set<Item> plannedItems = planned.stream().map(p -> p.identity().item()).collect(Collectors.toSet());
        List<TrackedIssue> notInPlan = found.byItem().entrySet().stream()
                .filter(e -> !plannedItems.contains(e.getKey()) && isScheduled(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<TrackedIssue> created = List.of();
        if (!missing.isEmpty()) {
            JiraLimits.check(planned.stream().map(PlannedIssue::issue).toList());
        }
        if (!dryRun && !missing.isEmpty()) {
            try {
                created = new CreateChaosDay(tracker).addMissing(projectKey, found.id(), planned, toKeep, Optional.of(found),
                        progress).created();
            } catch (PartlyDone stopped) {
                List<TrackedIssue> soFar = stopped.soFar(CreateChaosDay.Added.class).orElseThrow().created();
                throw new PartlyDone(stopped.failure(), new Report(List.of(), unchanged, done, List.of(), soFar, notInPlan));
            }
        }
        if (!dryRun && !moves.isEmpty()) {
            try {
                tracker.changeDueDates(moves.stream().map(Move::change).toList(), progress);
            } catch (io.chaosday.tracker.TrackerException failed) {
                // Which of the moves sent at once landed is not known: a stopped report's moves are those under way.
                throw new PartlyDone(failed, new Report(moves, unchanged, done, List.of(), created, notInPlan));
            }
        }
        return new Report(moves, unchanged, done, missing, created, notInPlan);
    }

    /**
     * Experiments that are due on the Chaos Day move with it; one a person gave another date keeps it.
     */
    private static List<Move> experimentMoves(ChaosDayIssues found, ChaosDayPlan plan) {
        Optional<java.time.LocalDate> oldDay = found.find(new IssueIdentity(found.id(), new Item.StepTicket(Step.CHAOS_DAY)))
                .flatMap(TrackedIssue::due);
        List<Move> moves = new ArrayList<>();
        if (oldDay.isEmpty() || oldDay.get().equals(plan.chaosDay())) {
            return moves;
        }
        found.byItem().forEach((item, issue) -> {
            if (item instanceof Item.ExperimentTicket && !issue.done() && issue.due().equals(oldDay)) {
                moves.add(new Move(issue, new DueDateChange(issue.key(), issue.due(), plan.chaosDay())));
            }
        });
        return moves;
    }

    /** Experiments and improvement tickets have dates of their own; only plan items follow the plan. */
    private static boolean isScheduled(Item item) {
        return !(item instanceof Item.ExperimentTicket) && !(item instanceof Item.ImprovementTicket);
    }
}
