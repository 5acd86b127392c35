package io.chaosday.review;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class LessonsFiguresTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 20);

    private static Experiment experiment(String key, Outcome outcome) {
        return ReviewFixtures.experiment(key, Optional.of(IssueKey.of(key)), outcome);
    }

    private static Improvement improvement(String key, Optional<LocalDate> due, boolean done) {
        return ReviewFixtures.improvement(key, Optional.of(IssueKey.of(key)), due, done);
    }

    private static Review review(List<Experiment> experiments, List<Improvement> improvements) {
        return Review.builder(IssueKey.of("CHAOS-1"), "Spring", ReviewFixtures.CHAOS_DAY)
                .experiments(experiments).improvements(improvements).build();
    }

    @Test
    public void outcomesAreCountedByWhoResolvedThem() {
        LessonsFigures f = LessonsFigures.of(List.of(review(List.of(
                experiment("E-1", Outcome.RESOLVED_BY_AGENTS),
                experiment("E-2", Outcome.RESOLVED_BY_TEAM),
                experiment("E-3", Outcome.RESOLVED_BY_TEAM),
                experiment("E-4", Outcome.IN_PROGRESS),
                experiment("E-5", Outcome.NOT_RUN)), List.of())), DUE);
        assertEquals(new LessonsFigures(5, 4, 1, 2, 1, 1, 0, 0, 0), f);
    }

    @Test
    public void anImprovementIsOverdueOnlyAfterItsDueDayAndWhileOpen() {
        Review review = review(List.of(), List.of(
                improvement("I-1", Optional.of(DUE), false),
                improvement("I-2", Optional.of(DUE.minusDays(1)), false),
                improvement("I-3", Optional.of(DUE.minusDays(1)), true),
                improvement("I-4", Optional.empty(), false)));
        assertEquals(0, LessonsFigures.of(List.of(review), DUE.minusDays(1)).overdueImprovements());
        assertEquals(1, LessonsFigures.of(List.of(review), DUE).overdueImprovements());
        assertEquals(2, LessonsFigures.of(List.of(review), DUE.plusDays(1)).overdueImprovements());
        assertEquals(3, LessonsFigures.of(List.of(review), DUE).openImprovements());
    }

    @Test
    public void anItemInTwoReviewsCountsOnce() {
        Review team = review(List.of(experiment("E-1", Outcome.RESOLVED_BY_TEAM)),
                List.of(improvement("I-1", Optional.of(DUE), false)));
        Review teamOfTeams = review(List.of(experiment("E-1", Outcome.RESOLVED_BY_TEAM),
                experiment("E-2", Outcome.NOT_RUN)), List.of(improvement("I-1", Optional.of(DUE), false)));
        LessonsFigures f = LessonsFigures.of(List.of(team, teamOfTeams), DUE.plusDays(1));
        assertEquals(2, f.experiments());
        assertEquals(1, f.experimentsRun());
        assertEquals(1, f.improvements());
        assertEquals(1, f.overdueImprovements());
    }

    @Test
    public void unticketedExperimentsCountOncePerDistinctCard() {
        Experiment card = ReviewFixtures.experiment("same card", Optional.empty(), Outcome.NOT_RUN);
        Experiment other = ReviewFixtures.experiment("other card", Optional.empty(), Outcome.NOT_RUN);
        assertEquals(2, LessonsFigures.of(List.of(review(List.of(card, other), List.of()),
                review(List.of(card), List.of())), DUE).notRun());
    }

    @Test
    public void theLessonsAskTheirFiguresForTheGivenDay() {
        Lessons lessons = new Lessons("Spring", ReviewFixtures.CHAOS_DAY, List.of(new PublishedReview(
                review(List.of(), List.of(improvement("I-1", Optional.of(DUE), false))), "Page")), "project = CHAOS");
        assertEquals(0, lessons.figures(DUE).overdueImprovements());
        assertEquals(1, lessons.figures(DUE.plusDays(1)).overdueImprovements());
    }
}
