package io.chaosday.workflow;

import io.chaosday.review.Experiment;
import io.chaosday.review.Improvement;
import io.chaosday.review.IssueKey;
import io.chaosday.review.Lessons;
import io.chaosday.review.PublishedReview;
import io.chaosday.review.Review;
import io.chaosday.review.ReviewBuilder;
import io.chaosday.review.ReviewSections;
import io.chaosday.review.ReviewTemplate;
import io.chaosday.review.confluence.ConfluencePages;
import io.chaosday.review.confluence.RenderedPage;
import io.chaosday.review.storage.StorageFormatException;
import io.chaosday.review.storage.StorageFragment;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.Wiki;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a Chaos Day's review pages: a page per review ticket, built from its filled-in
 * description, the experiments of its team and its improvement tickets, and the lessons page.
 */
final class ReviewDrafts {

    private final IssueTracker tracker;
    private final ConfluencePages pages;

    ReviewDrafts(IssueTracker tracker, ConfluencePages pages) {
        this.tracker = tracker;
        this.pages = pages;
    }

    /**
     * Renders every page. With a wiki, sections are converted by the wiki itself; without one
     * (an offline preview) they are shown as plain text. Improvement tickets are created only
     * when {@code createImprovements}.
     */
    List<PublishReviews.Draft> render(String projectKey, ChaosDayIssues found, String chaosDayName, Optional<Wiki> wiki,
            boolean createImprovements, List<TrackedIssue> improvementsCreated, LocalDate today) {
        List<ReviewTickets.ReviewTicket> tickets = ReviewTickets.of(found);
        if (tickets.isEmpty()) {
            throw new WorkflowException(new WorkflowFailure.NoReviewTickets(projectKey));
        }
        LocalDate chaosDay = found.find(new IssueIdentity(found.id(), "chaos-day")).flatMap(TrackedIssue::due).orElse(today);
        List<Experiment> experiments = ChaosDayExperiments.list(found);
        ReviewImprovements improvements = new ReviewImprovements(tracker);
        List<PublishReviews.Draft> drafts = new ArrayList<>();
        List<PublishedReview> published = new ArrayList<>();
        for (ReviewTickets.ReviewTicket ticket : tickets) {
            List<String> warnings = new ArrayList<>();
            ReviewBuilder review = Review.builder(IssueKey.of(ticket.issue().key()), chaosDayName, chaosDay);
            ticket.team().ifPresent(review::team);
            Map<String, IssueDescription> sections = tracker.description(ticket.issue().key())
                    .map(DescriptionSections::split).orElse(Map.of());
            for (Map.Entry<String, IssueDescription> section : sections.entrySet()) {
                String key = section.getKey();
                if (key.equals(ReviewSections.PREAMBLE)) {
                    review.participants(participants(DescriptionSections.lines(section.getValue())));
                    continue;
                }
                StorageFragment fragment = fragment(wiki, section.getValue(), ticket.issue().key() + " " + key, warnings);
                fragment.removed().forEach(r -> warnings.add(ticket.issue().key() + " " + key + ": left out " + r));
                review.section(key, fragment);
            }
            review.keyLessons(bullets(sections.get(ReviewTemplate.LEARNT)));
            review.experiments(experiments.stream()
                    .filter(e -> ticket.teamOfTeams() || ticket.team().isEmpty() || ticket.team().get().equalsIgnoreCase(e.team()))
                    .toList());
            List<ImprovementIdeas.Idea> ideas = Optional.ofNullable(sections.get(ReviewTemplate.IMPROVEMENTS))
                    .map(s -> ImprovementIdeas.read(DescriptionSections.lines(s))).orElse(List.of());
            List<Improvement> list = improvements.ensure(projectKey, found, ticket, ideas, !createImprovements, improvementsCreated, warnings);
            review.improvements(list);
            Review built = review.build();
            RenderedPage page = pages.review(built);
            published.add(new PublishedReview(built, page.title()));
            drafts.add(new PublishReviews.Draft("review/" + ticket.issue().key(), Optional.of(ticket.issue()), page, warnings));
        }
        String jql = "project = \"" + projectKey + "\" AND labels = \"" + ReviewImprovements.LABEL + "\" AND labels = \""
                + found.id().label() + "\" ORDER BY duedate";
        RenderedPage lessons = pages.lessons(new Lessons(chaosDayName, chaosDay, published, jql), today);
        Optional<TrackedIssue> shareEpic = found.find(IssueIdentity.ofEpic(found.id(), "share"));
        drafts.add(0, new PublishReviews.Draft("lessons/" + found.id().value(), shareEpic, lessons, List.of()));
        return drafts;
    }

    /**
     * A section as storage format: converted by the wiki itself, or shown as plain text offline, or
     * when the conversion gives something we cannot read safely (said in a warning).
     */
    private static StorageFragment fragment(Optional<Wiki> wiki, IssueDescription section, String where, List<String> warnings) {
        if (wiki.isEmpty()) {
            return StorageFragment.plainText(DescriptionSections.lines(section));
        }
        try {
            return StorageFragment.fromConfluence(wiki.get().toStorage(section.body(), section.markup()));
        } catch (StorageFormatException e) {
            warnings.add(where + ": shown as plain text, Confluence's conversion could not be read (" + e.getMessage() + ")");
            return StorageFragment.plainText(DescriptionSections.lines(section));
        }
    }

    private static List<String> participants(String preamble) {
        for (String line : preamble.split("\\R")) {
            String l = line.strip();
            if (l.toLowerCase(java.util.Locale.ROOT).startsWith("participants:")) {
                return Arrays.stream(l.substring("participants:".length()).split("[,;]"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
            }
        }
        return List.of();
    }

    /** The bullet points of a section, as short lessons for the roll-up. */
    private static List<String> bullets(IssueDescription section) {
        if (section == null) {
            return List.of();
        }
        return Arrays.stream(DescriptionSections.lines(section).split("\\R"))
                .map(String::strip)
                .filter(l -> l.matches("^[*#-]+\\s+.*"))
                .map(l -> l.replaceFirst("^[*#-]+\\s+", ""))
                .limit(5)
                .toList();
    }
}
