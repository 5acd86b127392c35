package io.chaosday.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The lessons roll-up across every review of one Chaos Day, for the team-of-teams page.
 *
 * @param improvementJql the Jira query that finds the improvement tickets of this Chaos Day
 * @param reviewCql      the Confluence query that finds this Chaos Day's review pages, for a Page
 *                       Properties Report; empty to list the child pages instead
 */
public record Lessons(String chaosDayName, LocalDate chaosDay, List<PublishedReview> reviews, String improvementJql,
        String reviewCql) {

    public Lessons {
        Objects.requireNonNull(chaosDayName, "chaosDayName");
        Objects.requireNonNull(chaosDay, "chaosDay");
        reviews = List.copyOf(reviews);
        Objects.requireNonNull(improvementJql, "improvementJql");
        Objects.requireNonNull(reviewCql, "reviewCql");
    }

    public Lessons(String chaosDayName, LocalDate chaosDay, List<PublishedReview> reviews, String improvementJql) {
        this(chaosDayName, chaosDay, reviews, improvementJql, "");
    }

    /** The figures as they stand on {@code today}. */
    public LessonsFigures figures(LocalDate today) {
        return LessonsFigures.of(reviews.stream().map(PublishedReview::review).toList(), today);
    }
}
