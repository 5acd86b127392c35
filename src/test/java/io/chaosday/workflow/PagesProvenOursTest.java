package io.chaosday.workflow;

import static io.chaosday.workflow.CreateChaosDayTest.ID;
import static io.chaosday.workflow.CreateChaosDayTest.definition;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.PublishMarker;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.WikiPage;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/**
 * A page is written only when its own marker says it is that page of this project's Chaos Day: a
 * page id kept in Jira proves nothing by itself, two projects' Chaos Days of one name and date keep
 * their own pages in one space, and pages published by earlier releases are still found and kept.
 */
public class PagesProvenOursTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-03-20");

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS").withProject("PAY");
    private final FakeWiki wiki = new FakeWiki();
    private final PublishReviews publish = new PublishReviews(jira,
            new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))));

    private void create(String project) {
        new CreateChaosDay(jira).run(new CreateChaosDay.Request(project, Optional.empty(), definition("2027-03-10", 2), false),
                Progress.SILENT);
    }

    private PublishReviews.Report run(String project, boolean force) {
        return publish.publish(project, ChaosDayFinder.forPublishing(jira).find(project, ID), "Payments Chaos Day", wiki,
                new PublishReviews.Target("CHAOS", Optional.empty(), force, false), TODAY, Progress.SILENT,
                PublishReviews.Events.NONE);
    }

    private TrackedIssue shareEpic(String project) {
        return jira.issues.values().stream().filter(i -> i.key().startsWith(project + "-"))
                .filter(i -> i.identity().map(id -> id.item().key().equals("epic/share")).orElse(false)).findFirst().orElseThrow();
    }

    /** Another Chaos Day's review page, marked as such by its own publish. */
    private WikiPage othersPage() {
        return wiki.createPage(new NewPage("CHAOS", Optional.empty(), "Post-incident review: Search — Other Day (2027-01-01)",
                "<p>theirs</p>", List.of(), new PublishMarker(1, PagePublisher.hash("<p>theirs</p>"), "review/OTHER/other-day-1/OTHER-9")));
    }

    @Test
    public void aPageIdInTheRecordThatNamesAnotherChaosDaysPageIsLeftAloneWithAWarningEvenWithForce() {
        create("CHAOS");
        run("CHAOS", false);
        String ours = jira.publishedPage("review/Team 1");
        WikiPage theirs = othersPage();
        Map<String, String> record = new HashMap<>(shareEpic("CHAOS").property(IssueProperties.PAGE).orElseThrow());
        record.put("page:review/Team 1", theirs.id() + " ");
        jira.setProperty(shareEpic("CHAOS").key(), IssueProperties.PAGE, record);
        jira.descriptions.put(jira.byItem("review/Team 1").key(), "h2. Summary\nChanged since.");

        PublishReviews.Report report = run("CHAOS", true);

        assertEquals(theirs, wiki.pages.get(theirs.id()).page());
        assertTrue(report.warnings().toString(), report.warnings().stream()
                .anyMatch(w -> w.contains("page " + theirs.id()) && w.contains("left alone")));
        assertTrue(wiki.pages.get(ours).page().body().contains("Changed since."));
        assertEquals(ours, jira.publishedPage("review/Team 1"));
    }

    @Test
    public void aPageIdOnATicketThatNamesAPageWithoutOurMarkerIsNeverWritten() {
        create("CHAOS");
        wiki.addForeignPage("CHAOS", "Someone's own notes");
        String foreign = wiki.pages.keySet().iterator().next();
        WikiPage before = wiki.pages.get(foreign).page();
        jira.setProperty(jira.byItem("review/Team 1").key(), IssueProperties.PAGE, Map.of("pageId", foreign));
        jira.setProperty(shareEpic("CHAOS").key(), IssueProperties.PAGE, Map.of("pageId", "999999"));

        PublishReviews.Report report = run("CHAOS", true);

        assertEquals(before, wiki.pages.get(foreign).page());
        assertTrue(report.warnings().toString(), report.warnings().stream().anyMatch(w -> w.contains("page " + foreign)));
        assertFalse(foreign.equals(jira.publishedPage("review/Team 1")));
    }

    @Test
    public void twoProjectsWithTheSameNameAndDateKeepTheirOwnPagesInOneSpace() {
        create("CHAOS");
        create("PAY");
        run("CHAOS", false);
        Map<String, FakeWiki.Stored> afterFirst = Map.copyOf(wiki.pages);

        PublishReviews.Report pay = run("PAY", false);

        assertTrue(pay.pages().toString(), pay.pages().stream().allMatch(p -> p.action() == PageAction.CREATED));
        afterFirst.forEach((id, stored) -> assertEquals(stored, wiki.pages.get(id)));
        String chaosLessons = jira.publishedPage("epic/share");
        String payLessons = PublishedPages.of(ChaosDayFinder.forPublishing(jira).find("PAY", ID))
                .pageId(shareEpic("PAY").identity().orElseThrow().item()).orElseThrow();
        assertFalse(chaosLessons.equals(payLessons));
        assertTrue(wiki.markerOf(chaosLessons).source(), wiki.markerOf(chaosLessons).source().startsWith("lessons/CHAOS/"));
        assertTrue(wiki.markerOf(payLessons).source(), wiki.markerOf(payLessons).source().startsWith("lessons/PAY/"));

        assertTrue(run("CHAOS", false).pages().stream().allMatch(p -> p.action() == PageAction.UNCHANGED));
        assertTrue(run("PAY", false).pages().stream().allMatch(p -> p.action() == PageAction.UNCHANGED));
        assertEquals(2 * 4, wiki.pages.size());
    }

    @Test
    public void aChaosDayPublishedBeforeTheRecordKeepsItsPagesAndTheirMarkersAreRenamedOnce() {
        create("CHAOS");
        run("CHAOS", false);
        // As a release before the record left it: page ids on the tickets, markers naming a ticket or the Chaos Day alone.
        Map<String, String> ids = new HashMap<>();
        for (String item : List.of("epic/share", "review/Team 1", "review/Team 2", "team-of-teams")) {
            ids.put(item, jira.publishedPage(item));
        }
        ids.forEach((item, id) -> {
            TrackedIssue ticket = jira.byItem(item);
            jira.setProperty(ticket.key(), IssueProperties.PAGE, Map.of("pageId", id));
            PublishMarker marker = wiki.markerOf(id);
            String former = item.equals("epic/share") ? "lessons/" + ID.value() : "review/" + ticket.key();
            wiki.markPublished(id, new PublishMarker(marker.version(), marker.bodyHash(), former, marker.inputs()));
        });
        // Found by the id its ticket kept, not by its title.
        wiki.retitleByPerson(ids.get("review/Team 2"), "Carol", "Team 2's review, as Carol calls it");
        int pages = wiki.pages.size();

        PublishReviews.Report report = run("CHAOS", false);

        assertEquals(report.pages().toString(), List.of(PageAction.UNCHANGED, PageAction.UNCHANGED, PageAction.SKIPPED_EDITED,
                PageAction.UNCHANGED), report.pages().stream().map(PublishReviews.PageResult::action).toList());
        assertEquals(pages, wiki.pages.size());
        ids.remove("review/Team 2"); // left alone, marker and all, until a person says otherwise with --force
        ids.forEach((item, id) -> {
            assertEquals(id, jira.publishedPage(item));
            assertTrue(wiki.markerOf(id).source(), wiki.markerOf(id).source().startsWith(
                    (item.equals("epic/share") ? "lessons" : "review") + "/CHAOS/" + ID.value()));
        });
        int writes = wiki.writes.size();
        run("CHAOS", false);
        assertEquals(writes, wiki.writes.size());
        assertEquals(pages, wiki.pages.size());
    }
}
