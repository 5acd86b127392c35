package io.chaosday.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The lessons roll-up across every review of one Chaos Day, for the team-of-teams page.
 *
 * @param improvementJql the Jira query that finds the improvement tickets of this Chaos Day
 */
public record Lessons(String chaosDayName, LocalDate chaosDay, List<PublishedReview> reviews, String improvementJql) {

    public Lessons {
        Objects.requireNonNull(chaosDayName, "chaosDayName");
        Objects.requireNonNull(chaosDay, "chaosDay");
        reviews = List.copyOf(reviews);
        Objects.requireNonNull(improvementJql, "improvementJql");
    }

    /** The figures as they stand on {@code today}. */
    public LessonsFigures figures(LocalDate today) {
        return LessonsFigures.of(reviews.stream().map(PublishedReview::review).toList(), today);
    }
}
