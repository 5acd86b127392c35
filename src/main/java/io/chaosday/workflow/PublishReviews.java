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
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.Wiki;
import io.chaosday.tracker.WikiPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes a Chaos Day's post-incident reviews to the wiki: a page per review ticket under a
 * lessons roll-up page, each ticket linked to its page. Also renders the same pages offline.
 */
public final class PublishReviews {

    private final IssueTracker tracker;
    private final ConfluencePages pages;

    public PublishReviews(IssueTracker tracker, ConfluencePages pages) {
        this.tracker = tracker;
        this.pages = pages;
    }

    /** Where and how to publish. */
    public record Target(String spaceKey, Optional<String> parentId, boolean force, boolean dryRun) {
    }

    /** A rendered page and what it was made from. */
    public record Draft(String source, Optional<TrackedIssue> ticket, RenderedPage page, List<String> warnings) {
    }

    /** What happened to one page. */
    public record PageResult(String title, String action, Optional<WikiPage> page, String message) {
    }

    public record Report(List<PageResult> pages, List<TrackedIssue> improvementsCreated, List<String> warnings) {

        /** Pages left alone because a person edited them. */
        public long skipped() {
            return pages.stream().filter(p -> p.action().equals(PagePublisher.Action.SKIPPED_EDITED.name())).count();
        }
    }

    /**
     * Renders every page. With a wiki, sections are converted by the wiki itself; without one
     * (an offline preview) they are shown as plain text. Improvement tickets are created only
     * when {@code createImprovements}.
     */
    public List<Draft> render(String projectKey, ChaosDayIssues found, String chaosDayName, Optional<Wiki> wiki,
            boolean createImprovements, List<TrackedIssue> improvementsCreated, LocalDate today) {
        List<ReviewTickets.ReviewTicket> tickets = ReviewTickets.of(found);
        if (tickets.isEmpty()) {
            throw new WorkflowException("project " + projectKey + " has no review tickets for this Chaos Day; "
                    + "run 'chaosday create' first");
        }
        LocalDate chaosDay = found.find(new IssueIdentity(found.id(), "chaos-day")).flatMap(TrackedIssue::due).orElse(today);
        List<Experiment> experiments = ChaosDayExperiments.list(found);
        ReviewImprovements improvements = new ReviewImprovements(tracker);
        List<Draft> drafts = new ArrayList<>();
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
            drafts.add(new Draft("review/" + ticket.issue().key(), Optional.of(ticket.issue()), page, warnings));
        }
        String jql = "project = \"" + projectKey + "\" AND labels = \"" + ReviewImprovements.LABEL + "\" AND labels = \""
                + found.id().label() + "\" ORDER BY duedate";
        RenderedPage lessons = pages.lessons(new Lessons(chaosDayName, chaosDay, published, jql), today);
        Optional<TrackedIssue> shareEpic = found.find(IssueIdentity.ofEpic(found.id(), "share"));
        drafts.add(0, new Draft("lessons/" + found.id().value(), shareEpic, lessons, List.of()));
        return drafts;
    }

    /** Publishes the lessons page first, then each review page under it. */
    public Report publish(String projectKey, ChaosDayIssues found, String chaosDayName, Wiki wiki, Target target,
            LocalDate today, Progress progress) {
        List<TrackedIssue> improvementsCreated = new ArrayList<>();
        List<Draft> drafts = render(projectKey, found, chaosDayName, Optional.of(wiki), !target.dryRun(), improvementsCreated, today);
        PagePublisher publisher = new PagePublisher(wiki, target.force(), target.dryRun());
        List<PageResult> results = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Optional<String> parent = target.parentId();
        List<String> labels = List.of(PlannedIssues.CHAOS_DAY_LABEL, "post-incident-review", found.id().label());
        int done = 0;
        for (Draft draft : drafts) {
            warnings.addAll(draft.warnings());
            Optional<String> stored = draft.ticket().flatMap(t -> t.property(IssueProperties.PAGE)).map(p -> p.get("pageId"));
            PagePublisher.Outcome outcome = publisher.publish(new PagePublisher.Draft(target.spaceKey(), parent,
                    draft.page().title(), draft.page().storage(), labels, draft.source()), stored);
            results.add(new PageResult(draft.page().title(), outcome.action().name(), outcome.page(), outcome.message()));
            if (!target.dryRun()) {
                outcome.page().ifPresent(page -> draft.ticket().ifPresent(ticket -> linkTicket(ticket, page, stored)));
            }
            if (draft.source().startsWith("lessons/")) {
                // Reviews go under the lessons page; on a dry run of a first publish there is none yet.
                parent = outcome.page().map(WikiPage::id).or(() -> target.parentId());
            }
            progress.update("published " + draft.page().title(), ++done, drafts.size());
        }
        return new Report(results, improvementsCreated, warnings);
    }

    /** Points the ticket at its page, once: a re-publish of the same page writes nothing to Jira. */
    private void linkTicket(TrackedIssue ticket, WikiPage page, Optional<String> stored) {
        if (stored.equals(Optional.of(page.id()))) {
            return;
        }
        tracker.setProperty(ticket.key(), IssueProperties.PAGE, Map.of("pageId", page.id()));
        tracker.addRemoteLink(ticket.key(), new RemoteLink("io.chaosday.page=" + ticket.key(), page.link(), page.title()));
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
