package io.chaosday.review;

import io.chaosday.review.storage.StorageFragment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reviews and lessons where every user-written field holds the same given text. */
public final class ReviewFixtures {

    public static final LocalDate CHAOS_DAY = LocalDate.of(2027, 3, 10);

    private ReviewFixtures() {
    }

    public static Experiment experiment(String text, Optional<IssueKey> key, Outcome outcome) {
        return new Experiment(key, text, text, new Failure(text, text, text), new ExpectedImpact(text, text),
                text, text, Isolation.ISOLATED, text, text, text, outcome);
    }

    public static Improvement improvement(String text, Optional<IssueKey> key, Optional<LocalDate> due,
            boolean done) {
        return new Improvement(key, text, text, due, done);
    }

    /** A team review using every part of the page: keyed and unkeyed items, a timeline table. */
    public static Review review(String text) {
        StorageFragment section = StorageFragment.plainText(text);
        return Review.builder(IssueKey.of("CHAOS-1"), text, CHAOS_DAY)
                .team(text)
                .participants(List.of(text, text))
                .section(ReviewTemplate.SUMMARY, section)
                .timeline(Timeline.of(List.of(new TimelineEntry(text, text, text, text, text))))
                .section(ReviewTemplate.DETECTION, section)
                .section(ReviewTemplate.RESPONSE, section)
                .section(ReviewTemplate.IMPACT, section)
                .section(ReviewTemplate.LEARNT, section)
                .section(ReviewTemplate.IMPROVEMENTS, section)
                .section(ReviewTemplate.NEXT_CHAOS_DAY, section)
                .keyLessons(List.of(text))
                .experiments(List.of(
                        experiment(text, Optional.of(IssueKey.of("CHAOS-2")), Outcome.RESOLVED_BY_TEAM),
                        experiment(text, Optional.empty(), Outcome.NOT_RUN)))
                .improvements(List.of(
                        improvement(text, Optional.of(IssueKey.of("CHAOS-3")), Optional.of(CHAOS_DAY), false),
                        improvement(text, Optional.empty(), Optional.empty(), true)))
                .build();
    }

    /** A roll-up of one team review and one team-of-teams review, titles and JQL included. */
    public static Lessons lessons(String text) {
        Review team = review(text);
        Review teamOfTeams = Review.builder(IssueKey.of("CHAOS-9"), text, CHAOS_DAY)
                .keyLessons(List.of(text, text)).build();
        return new Lessons(text, CHAOS_DAY,
                List.of(new PublishedReview(team, text), new PublishedReview(teamOfTeams, text)), text);
    }
}
