package io.chaosday.review;

import io.chaosday.storage.StorageFragment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reviews and lessons that use every part of their page. Each user-written field asks
 * {@code field} for its value by a name of its own ("experiment1.rollback"), so a test can put
 * the same text everywhere, or tell the fields apart.
 */
public final class ReviewFixtures {

    public static final LocalDate CHAOS_DAY = LocalDate.of(2027, 3, 10);

    private ReviewFixtures() {
    }

    public static Review review(String text) {
        return review(name -> text);
    }

    public static Lessons lessons(String text) {
        return lessons(name -> text);
    }

    public static Experiment experiment(String text, Optional<IssueKey> key, Outcome outcome) {
        return experiment(name -> text, "experiment", key, outcome);
    }

    public static Improvement improvement(String text, Optional<IssueKey> key, Optional<LocalDate> due,
            boolean done) {
        return new Improvement(key, text, text, due, done);
    }

    /** A team review: keyed and unkeyed experiments and improvements, a timeline table. */
    public static Review review(UnaryOperator<String> field) {
        return Review.builder(IssueKey.of("CHAOS-1"), field.apply("chaosDayName"), CHAOS_DAY)
                .team(field.apply("team"))
                .participants(List.of(field.apply("participant1"), field.apply("participant2")))
                .section(ReviewTemplate.SUMMARY, section(field, "summary"))
                .timeline(Timeline.of(List.of(new TimelineEntry(field.apply("timeline.time"),
                        field.apply("timeline.who"), field.apply("timeline.saw"), field.apply("timeline.thought"),
                        field.apply("timeline.did")))))
                .section(ReviewTemplate.DETECTION, section(field, "detection"))
                .section(ReviewTemplate.RESPONSE, section(field, "response"))
                .section(ReviewTemplate.IMPACT, section(field, "impact"))
                .section(ReviewTemplate.LEARNT, section(field, "learnt"))
                .section(ReviewTemplate.IMPROVEMENTS, section(field, "improvementNotes"))
                .section(ReviewTemplate.NEXT_CHAOS_DAY, section(field, "nextChaosDay"))
                .keyLessons(List.of(field.apply("keyLesson")))
                .experiments(List.of(
                        experiment(field, "experiment1", Optional.of(IssueKey.of("CHAOS-2")), Outcome.RESOLVED_BY_TEAM),
                        experiment(field, "experiment2", Optional.empty(), Outcome.NOT_RUN)))
                .improvements(List.of(
                        new Improvement(Optional.of(IssueKey.of("CHAOS-3")), field.apply("improvement1.summary"),
                                field.apply("improvement1.owner"), Optional.of(CHAOS_DAY), false),
                        new Improvement(Optional.empty(), field.apply("improvement2.summary"),
                                field.apply("improvement2.owner"), Optional.empty(), true)))
                .build();
    }

    /** A roll-up of one team review and one team-of-teams review. */
    public static Lessons lessons(UnaryOperator<String> field) {
        Review team = review(field);
        Review teamOfTeams = Review.builder(IssueKey.of("CHAOS-9"), field.apply("chaosDayName"), CHAOS_DAY)
                .keyLessons(List.of(field.apply("teamOfTeams.lesson1"), field.apply("teamOfTeams.lesson2")))
                .build();
        return new Lessons(field.apply("chaosDayName"), CHAOS_DAY, List.of(
                new PublishedReview(team, field.apply("page1.title")),
                new PublishedReview(teamOfTeams, field.apply("page2.title"))),
                field.apply("improvementJql"));
    }

    private static Experiment experiment(UnaryOperator<String> field, String name, Optional<IssueKey> key,
            Outcome outcome) {
        return new Experiment(key, field.apply(name + ".title"), field.apply(name + ".component"),
                new Failure(field.apply(name + ".what"), field.apply(name + ".where"), field.apply(name + ".how")),
                new ExpectedImpact(field.apply(name + ".technical"), field.apply(name + ".business")),
                field.apply(name + ".expectedResponse"), field.apply(name + ".rollback"), Isolation.ISOLATED,
                field.apply(name + ".environment"), field.apply(name + ".owner"), field.apply(name + ".team"),
                outcome);
    }

    private static StorageFragment section(UnaryOperator<String> field, String name) {
        return StorageFragment.plainText(field.apply(name));
    }
}
