package io.chaosday.workflow.day;

import io.chaosday.plan.Phase;
import io.chaosday.plan.Step;
import io.chaosday.review.Experiment;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.ExperimentCard;
import io.chaosday.workflow.day.Readiness.Check;
import io.chaosday.workflow.day.Readiness.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a Chaos Day is ready to run, from what its tickets say now. Reads nothing itself: the
 * issues are found with their experiment cards ({@code ChaosDayFinder.withCards}).
 */
public final class GoNoGo {

    private GoNoGo() {
    }

    public static Readiness check(ChaosDayIssues found, LocalDate today) {
        List<Map.Entry<TrackedIssue, Experiment>> experiments = experiments(found);
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(Topic.EVERY_TEAM_HAS_AN_EXPERIMENT, teams(found, experiments)));
        checks.add(new Check(Topic.CARDS_COMPLETE, cards(experiments)));
        checks.add(new Check(Topic.PLAN_DONE, planOpen(found)));
        checks.add(new Check(Topic.AGENTS_NAMED, agents(found)));
        checks.add(new Check(Topic.NOTHING_OVERDUE, overdue(found, today)));
        return new Readiness(found.name(), checks);
    }

    private static List<Map.Entry<TrackedIssue, Experiment>> experiments(ChaosDayIssues found) {
        List<Map.Entry<TrackedIssue, Experiment>> list = new ArrayList<>();
        found.byItem().forEach((item, issue) -> {
            if (item instanceof Item.ExperimentTicket) {
                ExperimentCard.fromIssue(issue).ifPresent(card -> list.add(Map.entry(issue, card)));
            }
        });
        return list;
    }

    /** A card that names no team belongs to the only team of a one-team Chaos Day, and to no team otherwise. */
    private static List<ReadinessProblem> teams(ChaosDayIssues found, List<Map.Entry<TrackedIssue, Experiment>> experiments) {
        if (experiments.isEmpty()) {
            return List.of(new ReadinessProblem.NoExperiments());
        }
        List<String> teams = found.definition().map(d -> d.teams()).orElseGet(found::teams);
        List<ReadinessProblem> problems = new ArrayList<>();
        for (String team : teams) {
            boolean has = experiments.stream().map(Map.Entry::getValue)
                    .anyMatch(e -> e.team().strip().equalsIgnoreCase(team) || teams.size() == 1 && e.team().isBlank());
            if (!has) {
                problems.add(new ReadinessProblem.TeamWithoutExperiment(team));
            }
        }
        return problems;
    }

    private static List<ReadinessProblem> cards(List<Map.Entry<TrackedIssue, Experiment>> experiments) {
        List<ReadinessProblem> problems = new ArrayList<>();
        for (Map.Entry<TrackedIssue, Experiment> each : experiments) {
            TrackedIssue issue = each.getKey();
            Experiment card = each.getValue();
            List<String> missing = CardParts.missing(card);
            if (!missing.isEmpty()) {
                problems.add(new ReadinessProblem.IncompleteCard(issue.key(), card.title(), missing));
            } else if (issue.assignee().isEmpty()) {
                // Adding an experiment assigns its ticket to the owner; a ticket left unassigned means Jira knows no such person.
                problems.add(new ReadinessProblem.OwnerUnknown(issue.key(), card.title(), card.owner()));
            }
        }
        return problems;
    }

    private static List<ReadinessProblem> planOpen(ChaosDayIssues found) {
        List<ReadinessProblem> problems = new ArrayList<>();
        found.byItem().forEach((item, issue) -> {
            if (item instanceof Item.StepTicket && item.phase().equals(Optional.of(Phase.PLAN)) && !issue.done()) {
                problems.add(open(issue));
            }
        });
        return problems;
    }

    private static List<ReadinessProblem> agents(ChaosDayIssues found) {
        Optional<TrackedIssue> ticket = found.find(new IssueIdentity(found.id(), new Item.StepTicket(Step.AGENTS)));
        if (ticket.isEmpty()) {
            return List.of(new ReadinessProblem.MissingTicket(Step.AGENTS.key()));
        }
        return ticket.get().done() ? List.of() : List.of(open(ticket.get()));
    }

    /** Open tickets of the Plan and Execute phases due before today: what has to be ready for the day. */
    private static List<ReadinessProblem> overdue(ChaosDayIssues found, LocalDate today) {
        List<TrackedIssue> late = new ArrayList<>();
        found.byItem().forEach((item, issue) -> {
            boolean forTheDay = item.phase().filter(p -> p == Phase.PLAN || p == Phase.EXECUTE).isPresent()
                    && !(item instanceof Item.PhaseEpic);
            if (forTheDay && !issue.done() && issue.due().filter(d -> d.isBefore(today)).isPresent()) {
                late.add(issue);
            }
        });
        late.sort(Comparator.comparing((TrackedIssue i) -> i.due().orElseThrow()).thenComparing(TrackedIssue::key));
        return late.stream().<ReadinessProblem>map(GoNoGo::open).toList();
    }

    private static ReadinessProblem open(TrackedIssue issue) {
        return new ReadinessProblem.OpenTicket(issue.key(), issue.summary(), issue.due());
    }
}
