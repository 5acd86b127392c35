package io.chaosday.workflow;

import io.chaosday.review.Improvement;
import io.chaosday.review.confluence.ConfluencePages;
import io.chaosday.review.confluence.RenderedPage;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import io.chaosday.tracker.Wiki;
import io.chaosday.tracker.WikiPage;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * What happened to one page.
     *
     * @param page           the page as it is now; empty when a dry run would create it
     * @param replacedPageId on {@link PageAction#RECREATED}, the id of the page that was deleted
     */
    public record PageResult(String title, PageAction action, Optional<WikiPage> page, Optional<String> replacedPageId,
            Optional<RuntimeException> failure) {

        PageResult(String title, PageAction action, Optional<WikiPage> page, Optional<String> replacedPageId) {
            this(title, action, page, replacedPageId, Optional.empty());
        }
    }

    public record Report(List<PageResult> pages, List<TrackedIssue> improvementsCreated, List<String> warnings) {

        /** Pages left alone because a person edited them. */
        public long skipped() {
            return pages.stream().filter(p -> p.action() == PageAction.SKIPPED_EDITED).count();
        }

        /** Pages still to publish: those that failed and those that wait for them. */
        public List<PageResult> left() {
            return pages.stream().filter(p -> p.action() == PageAction.FAILED || p.action() == PageAction.LEFT).toList();
        }
    }

    /**
     * Renders every page. With a wiki, sections are converted by the wiki itself; without one
     * (an offline preview) they are shown as plain text. Improvement tickets are created only
     * when {@code createImprovements}. {@code found} must carry experiment cards and page ids
     * ({@link ChaosDayFinder#withCardsAndPages}).
     */
    public List<Draft> render(String projectKey, ChaosDayIssues found, String chaosDayName, Optional<Wiki> wiki,
            boolean createImprovements, List<TrackedIssue> improvementsCreated, LocalDate today) {
        return new ReviewDrafts(tracker, pages).render(projectKey, found, chaosDayName, wiki, createImprovements,
                improvementsCreated, today);
    }

    /** Publishes the lessons page first, then each review page under it. */
    public Report publish(String projectKey, ChaosDayIssues found, String chaosDayName, Wiki wiki, Target target,
            LocalDate today, Progress progress) {
        List<TrackedIssue> improvementsCreated = new ArrayList<>();
        List<Draft> drafts;
        try {
            drafts = render(projectKey, found, chaosDayName, Optional.of(wiki), !target.dryRun(), improvementsCreated, today);
        } catch (TrackerException e) {
            if (e.kind() != TrackerException.Kind.UNAVAILABLE) {
                throw e;
            }
            // Rendering reads and converts, and finds the improvement tickets it made: safe to do once more.
            progress.update("connection trouble while rendering (" + e.getMessage() + "); rendering again", 1, 1);
            drafts = render(projectKey, found, chaosDayName, Optional.of(wiki), !target.dryRun(), improvementsCreated, today);
        }
        PagePublisher publisher = new PagePublisher(wiki, target.force(), target.dryRun());
        List<PageResult> results = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Optional<String> parent = target.parentId();
        List<String> labels = List.of(PlannedIssues.CHAOS_DAY_LABEL, "post-incident-review", found.id().label());
        int done = 0;
        boolean parentMissing = false;
        for (Draft draft : drafts) {
            warnings.addAll(draft.warnings());
            boolean lessons = draft.source().startsWith("lessons/");
            Optional<String> stored = draft.ticket().flatMap(t -> t.property(IssueProperties.PAGE)).map(p -> p.get("pageId"));
            if (parentMissing && !lessons) {
                results.add(new PageResult(draft.page().title(), PageAction.LEFT, Optional.empty(), Optional.empty()));
                continue;
            }
            PageResult result = publishOne(publisher, draft, target, parent, labels, stored);
            results.add(result);
            if (lessons) {
                // Reviews go under the lessons page; on a dry run of a first publish there is none yet.
                parent = result.page().map(WikiPage::id).or(() -> result.failure().isPresent() ? stored : target.parentId());
                parentMissing = result.failure().isPresent() && parent.isEmpty();
            }
            progress.update("published " + draft.page().title(), ++done, drafts.size());
        }
        return new Report(results, improvementsCreated, warnings);
    }

    /** One page and its ticket's link to it; a failure is kept in the result so the other pages go ahead. */
    private PageResult publishOne(PagePublisher publisher, Draft draft, Target target, Optional<String> parent,
            List<String> labels, Optional<String> stored) {
        try {
            PagePublisher.Outcome outcome = publisher.publish(new PagePublisher.Draft(target.spaceKey(), parent,
                    draft.page().title(), draft.page().storage(), labels, draft.source()), stored);
            if (!target.dryRun()) {
                outcome.page().ifPresent(page -> draft.ticket().ifPresent(ticket -> linkTicket(ticket, page, stored)));
            }
            return new PageResult(draft.page().title(), outcome.action(), outcome.page(), outcome.replacedPageId());
        } catch (TrackerException | WorkflowException e) {
            return new PageResult(draft.page().title(), PageAction.FAILED, Optional.empty(), Optional.empty(), Optional.of(e));
        }
    }

    /** Points the ticket at its page, once: a re-publish of the same page writes nothing to Jira. */
    private void linkTicket(TrackedIssue ticket, WikiPage page, Optional<String> stored) {
        if (stored.equals(Optional.of(page.id()))) {
            return;
        }
        tracker.setProperty(ticket.key(), IssueProperties.PAGE, Map.of("pageId", page.id()));
        tracker.addRemoteLink(ticket.key(), new RemoteLink("io.chaosday.page=" + ticket.key(), page.link(), page.title()));
    }
}
