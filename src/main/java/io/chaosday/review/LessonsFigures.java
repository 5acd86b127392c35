package io.chaosday.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a Chaos Day went, in numbers. An experiment or improvement that appears in more than one
 * review (a team's review and the team-of-teams review usually share them) counts once: items
 * with a Jira key are the same item when their keys are; items without one, when they are equal.
 *
 * @param experimentsRun the experiments that were started: in progress or resolved
 */
public record LessonsFigures(
        int experiments,
        int experimentsRun,
        int resolvedByAgents,
        int resolvedByTeam,
        int inProgress,
        int notRun,
        int improvements,
        int openImprovements,
        int overdueImprovements) {

    public static LessonsFigures of(List<Review> reviews, LocalDate today) {
        Collection<Experiment> experiments = distinct(
                reviews.stream().flatMap(r -> r.experiments().stream()).toList(), Experiment::key);
        Collection<Improvement> improvements = distinct(
                reviews.stream().flatMap(r -> r.improvements().stream()).toList(), Improvement::issueKey);
        return new LessonsFigures(
                experiments.size(),
                count(experiments, e -> e.outcome().wasRun()),
                count(experiments, e -> e.outcome() == Outcome.RESOLVED_BY_AGENTS),
                count(experiments, e -> e.outcome() == Outcome.RESOLVED_BY_TEAM),
                count(experiments, e -> e.outcome() == Outcome.IN_PROGRESS),
                count(experiments, e -> e.outcome() == Outcome.NOT_RUN),
                improvements.size(),
                count(improvements, i -> !i.done()),
                count(improvements, i -> i.isOverdue(today)));
    }

    /** Later duplicates give way to the first one seen, which comes from the earlier review. */
    private static <T> Collection<T> distinct(List<T> items, Function<T, Optional<IssueKey>> key) {
        Map<Object, T> byIdentity = new LinkedHashMap<>();
        List<T> unkeyed = new ArrayList<>();
        for (T item : items) {
            Optional<IssueKey> k = key.apply(item);
            if (k.isPresent()) {
                byIdentity.putIfAbsent(k.get(), item);
            } else if (!unkeyed.contains(item)) {
                unkeyed.add(item);
            }
        }
        List<T> all = new ArrayList<>(byIdentity.values());
        all.addAll(unkeyed);
        return all;
    }

    private static <T> int count(Collection<T> items, java.util.function.Predicate<T> test) {
        return (int) items.stream().filter(test).count();
    }
}
