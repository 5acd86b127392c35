package io.chaosday.workflow;

import io.chaosday.review.Improvement;
import io.chaosday.review.IssueKey;
import io.chaosday.review.Lessons;
import io.chaosday.review.PublishedReview;
import io.chaosday.review.Review;
import io.chaosday.review.ReviewBuilder;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.pages.LessonsPage;
import io.chaosday.pages.RenderedPage;
import io.chaosday.pages.ReviewPage;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.Jql;
import io.chaosday.tracker.TrackedIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last step of publishing: the pages, from what was gathered and the improvement tickets
 * that now exist. Pure: each page's title and input fingerprint are known before anything is
 * converted or rendered, and rendering takes the converted sections as given.
 */
final class ReviewDrafts {

    /**
     * A page to publish, before rendering.
     *
     * @param source         the page's marker names it by this: its role, the project, the Chaos Day, and
     *                       for a review page the ticket ({@link #source})
     * @param formerSource   how markers of releases before named the same page, and whether that name
     *                       proves a page found by title ours (a review's ticket key does; the lessons
     *                       page's Chaos Day alone, without its project, does not)
     * @param alternateTitle the title when another project's or Chaos Day's page holds the title
     * @param fingerprint    SHA-256 of everything the page is made from: equal fingerprints, equal pages
     * @param review         the review it shows; empty for the lessons page
     */
    record PagePlan(String source, PagePublisher.Former formerSource, Optional<TrackedIssue> ticket, String title,
            String alternateTitle, String fingerprint, Optional<GatheredReview> review) {
    }

    /** "lessons/CHAOS/&lt;chaos day id&gt;", "review/CHAOS/&lt;chaos day id&gt;/CHAOS-12": what the page is and whose. */
    static String source(String role, String projectKey, io.chaosday.tracker.ChaosDayId id, Optional<String> issueKey) {
        return role + "/" + projectKey + "/" + id.value() + issueKey.map(k -> "/" + k).orElse("");
    }

    /** The title with the project's key, where two projects' Chaos Days would give their pages one title. */
    static String alternateTitle(String title, String projectKey) {
        return title + " [" + projectKey + "]";
    }

    /** The label of every review page, besides the Chaos Day's own. */
    static final String REVIEW_LABEL = "post-incident-review";

    /** The lessons page's label, besides the Chaos Day's own. */
    static final String LESSONS_LABEL = "chaos-day-lessons";

    private final ConfluencePages pages;
    private final ReviewGathering.Gathered gathered;
    private final ReviewImprovements.Ensured improvements;
    private final ChaosDayIssues found;
    private final String projectKey;
    private final LocalDate today;

    ReviewDrafts(ConfluencePages pages, ReviewGathering.Gathered gathered, ReviewImprovements.Ensured improvements,
            ChaosDayIssues found, String projectKey, LocalDate today) {
        this.pages = pages;
        this.gathered = gathered;
        this.improvements = improvements;
        this.found = found;
        this.projectKey = projectKey;
        this.today = today;
    }

    /** Every page: the lessons roll-up first, then a page per review ticket. */
    List<PagePlan> plans() {
        List<PagePlan> plans = new ArrayList<>();
        Lessons lessons = lessons();
        String lessonsTitle = LessonsPage.title(lessons);
        plans.add(new PagePlan(source("lessons", projectKey, found.id(), Optional.empty()),
                new PagePublisher.Former("lessons/" + found.id().value(), false),
                found.find(IssueIdentity.ofEpic(found.id(), io.chaosday.plan.Phase.SHARE)),
                lessonsTitle, alternateTitle(lessonsTitle, projectKey), Fingerprint.of("lessons", pages.design(), lessons, today),
                Optional.empty()));
        for (GatheredReview review : gathered.reviews()) {
            Review outline = outline(review).build();
            List<Improvement> list = improvements.of(review);
            String title = ReviewPage.title(outline);
            plans.add(new PagePlan(source("review", projectKey, found.id(), Optional.of(review.key())),
                    new PagePublisher.Former("review/" + review.key(), true), Optional.of(review.ticket().issue()), title,
                    alternateTitle(title, projectKey), Fingerprint.of("review", pages.design(), outline, review.sections(), list), Optional.of(review)));
        }
        return plans;
    }

    /** The page, with each section of its review as converted ({@code converted}: section key to fragment). */
    PublishReviews.Draft render(PagePlan plan, Map<String, SectionConversion.Converted> converted) {
        RenderedPage page;
        List<String> warnings = new ArrayList<>();
        if (plan.review().isEmpty()) {
            page = pages.lessons(lessons(), today);
        } else {
            ReviewBuilder review = outline(plan.review().get());
            converted.forEach((key, section) -> {
                review.section(key, section.fragment());
                warnings.addAll(section.warnings());
            });
            page = pages.review(review.build());
        }
        return new PublishReviews.Draft(plan.source(), plan.ticket(), page, warnings);
    }

    /** Everything of a review but its written sections: all the lessons page needs, and the review's title. */
    private ReviewBuilder outline(GatheredReview review) {
        ReviewBuilder builder = Review.builder(IssueKey.of(review.key()), gathered.chaosDayName(), gathered.chaosDay());
        if (!review.ticket().teamOfTeams()) {
            builder.singleTeam();
        }
        review.team().ifPresent(builder::team);
        return builder.participants(review.participants())
                .keyLessons(review.keyLessons())
                .experiments(review.experiments())
                .improvements(improvements.of(review))
                .runs(review.runs());
    }

    /** A CQL string literal: double quotes, with backslash and double quote escaped. */
    private static String cql(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Lessons lessons() {
        List<PublishedReview> published = gathered.reviews().stream()
                .map(r -> outline(r).build())
                .map(r -> new PublishedReview(r, ReviewPage.title(r)))
                .toList();
        // Improvement tickets may be in the teams' own projects too.
        String jql = Jql.projectsAndLabels(improvements.projects().isEmpty() ? List.of(projectKey) : improvements.projects(),
                List.of(ReviewImprovements.LABEL, found.id().label()), "duedate");
        return new Lessons(gathered.chaosDayName(), gathered.chaosDay(), published, jql,
                "label = " + cql(REVIEW_LABEL) + " and label = " + cql(found.id().label()));
    }
}
