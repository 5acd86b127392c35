package io.chaosday.workflow;

import io.chaosday.pages.ConfluencePages;
import io.chaosday.pages.RenderedPage;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.Item;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes a Chaos Day's post-incident reviews to the wiki: a page per review ticket under a
 * lessons roll-up page, each ticket linked to its page. Also renders the same pages offline.
 *
 * <p>Three steps: gather (read the review tickets), ensure improvements (create the tickets that
 * are missing: the only writes to the tracker), render (pure). The place to publish is checked
 * before the first write to the tracker.
 */
public final class PublishReviews {

    private final IssueTracker tracker;
    private final ConfluencePages pages;
    private final ImprovementRoutes routes;

    public PublishReviews(IssueTracker tracker, ConfluencePages pages) {
        this(tracker, pages, ImprovementRoutes.NONE);
    }

    private PublishReviews(IssueTracker tracker, ConfluencePages pages, ImprovementRoutes routes) {
        this.tracker = tracker;
        this.pages = pages;
        this.routes = routes;
    }

    /** The same publishing, with each team's improvement tickets made where {@code routes} says. */
    public PublishReviews routingImprovements(ImprovementRoutes routes) {
        return new PublishReviews(tracker, pages, routes);
    }

    /** Where and how to publish. */
    public record Target(String spaceKey, Optional<String> parentId, boolean force, boolean dryRun) {
    }

    /** A rendered page and what it was made from. */
    public record Draft(String source, Optional<TrackedIssue> ticket, RenderedPage page, List<String> warnings) {
    }

    /** The pages as they would be published, and what the user should hear about them. */
    public record Preview(List<Draft> drafts, List<String> warnings) {
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

    /**
     * @param improvementsMissing on a dry run, the improvements that would get a ticket
     */
    public record Report(List<PageResult> pages, List<TrackedIssue> improvementsCreated,
            List<io.chaosday.review.Improvement> improvementsMissing, List<String> warnings) {

        /** Pages left alone because a person edited them. */
        public long skipped() {
            return pages.stream().filter(p -> p.action() == PageAction.SKIPPED_EDITED).count();
        }

        /** Pages still to publish: those that failed and those that wait for them. */
        public List<PageResult> left() {
            return pages.stream().filter(p -> p.action() == PageAction.FAILED || p.action() == PageAction.LEFT).toList();
        }
    }

    /** Told of each thing as it is done, so a run that fails half-way has already said what it did. */
    public interface Events {
        Events NONE = new Events() {
        };

        default void improvementCreated(TrackedIssue ticket) {
        }

        default void published(PageResult page) {
        }
    }

    /**
     * Every page, rendered offline: sections in Jira wiki markup converted here, others shown as
     * plain text. Creates nothing.
     */
    public Preview preview(String projectKey, ChaosDayIssues found, String chaosDayName, LocalDate today) {
        ReviewGathering.Gathered gathered = ReviewGathering.gather(tracker, projectKey, found, chaosDayName, today);
        ReviewImprovements.Ensured improvements = new ReviewImprovements(tracker,
                Optional.of(ImprovementTargets.check(tracker, projectKey, routes)))
                .ensure(projectKey, found, gathered.reviews(), true, ReviewImprovements.Created.NONE, PublishedPages.of(found));
        ReviewDrafts drafts = new ReviewDrafts(pages, gathered, improvements, found, projectKey, today);
        SectionConversion conversion = SectionConversion.standard(Optional.empty());
        List<Draft> rendered = drafts.plans().stream().map(p -> drafts.render(p, convert(p, conversion))).toList();
        List<String> warnings = new ArrayList<>(improvements.warnings());
        rendered.forEach(d -> warnings.addAll(d.warnings()));
        return new Preview(rendered, warnings);
    }

    /**
     * Checks the place to publish, makes the improvement tickets that are missing (not on a dry
     * run), then publishes the lessons page and each review page under it.
     */
    public Report publish(String projectKey, ChaosDayIssues found, String chaosDayName, Wiki wiki, Target target,
            LocalDate today, Progress progress, Events events) {
        ReviewGathering.Gathered gathered = ReviewGathering.gather(tracker, projectKey, found, chaosDayName, today);
        if (!wiki.checkCanPublish(target.spaceKey(), target.parentId())) {
            throw new WorkflowException(new WorkflowFailure.CannotAddPages(target.spaceKey(), target.parentId()));
        }
        // Where each team's improvement tickets go is checked before the first of them is made.
        ImprovementTargets targets = ImprovementTargets.check(tracker, projectKey, routes);
        PublishedPages record = PublishedPages.read(tracker, projectKey, found);
        ReviewImprovements.Ensured improvements = new ReviewImprovements(tracker, Optional.of(targets))
                .ensure(projectKey, found, gathered.reviews(), target.dryRun(), events::improvementCreated, record);
        ReviewDrafts drafts = new ReviewDrafts(pages, gathered, improvements, found, projectKey, today);
        SectionConversion conversion = SectionConversion.standard(Optional.of(wiki));
        List<String> warnings = Collections.synchronizedList(new ArrayList<>(improvements.warnings()));
        PagePublisher publisher = new PagePublisher(wiki, target.force(), target.dryRun(), warnings::add);
        List<PageResult> results = new ArrayList<>();
        Optional<String> parent = target.parentId();
        List<ReviewDrafts.PagePlan> plans = drafts.plans();
        int done = 0;
        boolean parentMissing = false;
        for (ReviewDrafts.PagePlan plan : plans) {
            boolean lessons = plan.review().isEmpty();
            Optional<String> stored = plan.ticket().flatMap(TrackedIssue::identity).flatMap(i -> record.pageId(i.item()));
            // Review pages carry the label the lessons page's Page Properties Report asks for; the lessons page does not.
            List<String> labels = List.of(PlannedIssues.CHAOS_DAY_LABEL,
                    plan.review().isPresent() ? ReviewDrafts.REVIEW_LABEL : ReviewDrafts.LESSONS_LABEL, found.id().label());
            PageResult result = parentMissing && !lessons
                    ? new PageResult(plan.title(), PageAction.LEFT, Optional.empty(), Optional.empty())
                    : publishOne(publisher, plan, target, parent, labels, stored, record, improvements, () -> {
                        Draft draft = drafts.render(plan, convert(plan, conversion));
                        warnings.addAll(draft.warnings());
                        return draft.page().storage();
                    });
            results.add(result);
            events.published(result);
            if (lessons) {
                // Reviews go under the lessons page; on a dry run of a first publish there is none yet. If it
                // failed, they go under the one published before, or wait for the next run.
                parent = result.page().map(WikiPage::id).or(() -> result.failure().isPresent() ? stored : target.parentId());
                parentMissing = result.failure().isPresent() && parent.isEmpty();
            }
            progress.update((target.dryRun() ? "checked " : "published ") + plan.title(), ++done, plans.size());
        }
        if (!target.dryRun()) {
            keep(record);
        }
        return new Report(results, improvements.created(), target.dryRun() ? improvements.missing() : List.of(),
                List.copyOf(warnings));
    }

    /**
     * Writes the record of the pages once, when it changed: on the Share epic; where a person deleted
     * that epic, on each ticket as releases before the record did.
     */
    private void keep(PublishedPages record) {
        if (!record.changed()) {
            return;
        }
        Optional<TrackedIssue> keeper = record.keeper();
        if (keeper.isPresent()) {
            tracker.setProperty(keeper.get().key(), IssueProperties.PAGE, record.property());
        }
    }

    /** Each written section of the plan's review, converted; the lessons page has none. */
    private static Map<String, SectionConversion.Converted> convert(ReviewDrafts.PagePlan plan, SectionConversion conversion) {
        Map<String, SectionConversion.Converted> converted = new LinkedHashMap<>();
        plan.review().ifPresent(review -> {
            for (Map.Entry<String, IssueDescription> section : review.sections().entrySet()) {
                converted.put(section.getKey(), conversion.convert(section.getValue(), review.key() + " " + section.getKey()));
            }
        });
        return converted;
    }

    /** One page and its ticket's link to it; a failure is kept in the result so the other pages go ahead. */
    private PageResult publishOne(PagePublisher publisher, ReviewDrafts.PagePlan plan, Target target, Optional<String> parent,
            List<String> labels, Optional<String> stored, PublishedPages record, ReviewImprovements.Ensured improvements,
            java.util.function.Supplier<String> storage) {
        try {
            PagePublisher.Outcome outcome = publisher.publish(new PagePublisher.Draft(target.spaceKey(), parent,
                    plan.title(), plan.fingerprint(), labels, plan.source(), storage, plan.formerSource(),
                    plan.alternateTitle()), stored);
            if (!target.dryRun()) {
                outcome.page().ifPresent(page -> plan.ticket().ifPresent(ticket -> linkTicket(ticket, page, record)));
                outcome.page().ifPresent(page -> plan.review().ifPresent(review -> ImprovementLinks.toPage(tracker, page,
                        outcome.action(), improvements.ticketsOf(review.key()), improvements.created())));
            }
            return new PageResult(plan.title(), outcome.action(), outcome.page(), outcome.replacedPageId());
        } catch (TrackerException | WorkflowException e) {
            return new PageResult(plan.title(), PageAction.FAILED, Optional.empty(), Optional.empty(), Optional.of(e));
        }
    }

    /**
     * Points the ticket at its page: the record learns the page at once, and the link (by a global id,
     * so writing it again updates it) is written only when it is missing or says something else.
     */
    private void linkTicket(TrackedIssue ticket, WikiPage page, PublishedPages record) {
        Optional<Item> item = ticket.identity().map(IssueIdentity::item);
        if (item.isEmpty()) {
            return;
        }
        String digest = PublishedPages.linkDigest(ticket.key(), page);
        if (record.linked(item.get(), digest)) {
            record.put(item.get(), page.id(), digest);
            return;
        }
        record.put(item.get(), page.id(), "");
        if (record.keeper().isEmpty()) {
            // No Share epic to keep the record: the ticket keeps its page, as releases before the record did.
            tracker.setProperty(ticket.key(), IssueProperties.PAGE, Map.of(PublishedPages.LESSONS_PAGE, page.id()));
        }
        tracker.addRemoteLink(ticket.key(), new RemoteLink("io.chaosday.page=" + ticket.key(), page.link(), page.title()));
        record.put(item.get(), page.id(), digest);
    }
}
