package io.chaosday.workflow;

import static io.chaosday.workflow.CreateChaosDayTest.ID;
import static io.chaosday.workflow.CreateChaosDayTest.definition;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.IssueTypes;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.TrackedIssue;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/** Improvement tickets go where each team's route says, are found there again, and point at their review page. */
public class ImprovementRoutingTest {

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS").withProject("PAY");
    private final FakeWiki wiki = new FakeWiki();
    private String epic;

    @Before
    public void aChaosDayWhoseFirstTeamOwnsProjectPay() {
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition("2027-03-10", 2), false),
                Progress.SILENT);
        jira.issueTypes.put("PAY", List.of(new IssueTypes.Offered("1", "Epic", true, true),
                new IssueTypes.Offered("2", "Task", false, true), new IssueTypes.Offered("7", "Story", false, true),
                new IssueTypes.Offered("9", "Sub-task", false, false)));
        epic = jira.createIssues("PAY", List.of(new NewIssue(new IssueIdentity(new ChaosDayId("elsewhere"), "epic"), IssueKind.EPIC,
                "Reliability", List.of(), Optional.empty(), List.of(), Optional.empty())), Progress.SILENT).get(0).key();
        improvements("review/Team 1", "* Lower the DNS TTL (owner: Alice, due: 2027-04-01)");
        improvements("review/Team 2", "* Cache the search index (owner: Bob)");
        jira.calls.clear();
    }

    private void improvements(String review, String lines) {
        jira.descriptions.put(jira.byItem(review).key(), "h2. Improvements\n" + lines + "\n");
    }

    private static ImprovementRoutes routes(ImprovementRoutes.Route route) {
        return new ImprovementRoutes(Map.of("team 1", route));
    }

    private ImprovementRoutes.Route toPay(String type, String epicKey) {
        return new ImprovementRoutes.Route(Optional.of("PAY"), Optional.ofNullable(type), Optional.ofNullable(epicKey),
                List.of("reliability"));
    }

    private PublishReviews.Report publish(ImprovementRoutes routes, boolean dryRun) {
        return new PublishReviews(jira, new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))))
                .routingImprovements(routes)
                .publish("CHAOS", ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID), "Payments Chaos Day", wiki,
                        new PublishReviews.Target("CHAOS", Optional.empty(), false, dryRun), LocalDate.parse("2027-03-20"),
                        Progress.SILENT, PublishReviews.Events.NONE);
    }

    private TrackedIssue ticket(PublishReviews.Report report, String summary) {
        return report.improvementsCreated().stream().filter(t -> t.summary().equals(summary)).findFirst().orElseThrow();
    }

    /** The review's page: the one its ticket links to. */
    private String pageOf(String review) {
        String key = jira.byItem(review).key();
        URI link = jira.remoteLinks.get(key).get("io.chaosday.page=" + key).url();
        return wiki.pages.entrySet().stream().filter(p -> p.getValue().page().link().equals(link)).findFirst().orElseThrow().getKey();
    }

    @Test
    public void aRoutedTeamsTicketIsMadeInItsProjectAsItsTypeUnderItsEpicWithItsLabels() {
        PublishReviews.Report report = publish(routes(toPay("story", epic)), false);

        TrackedIssue routed = ticket(report, "Lower the DNS TTL");
        assertTrue(routed.key(), routed.key().startsWith("PAY-"));
        assertEquals("7", jira.typeOf.get(routed.key()));
        assertEquals(Optional.of(epic), jira.issues.get(routed.key()).epicKey());
        assertTrue(jira.issues.get(routed.key()).labels().toString(), jira.issues.get(routed.key()).labels()
                .containsAll(List.of("reliability", ReviewImprovements.LABEL, ID.label())));
        assertEquals(Optional.of("Alice"), jira.issues.get(routed.key()).assignee());
        assertTrue(jira.relations.contains(jira.byItem("review/Team 1").key() + "~" + routed.key()));
    }

    @Test
    public void aTeamWithoutARouteGetsATaskInTheChaosDaysProjectAsBefore() {
        TrackedIssue plain = ticket(publish(routes(toPay("Story", epic)), false), "Cache the search index");

        assertTrue(plain.key(), plain.key().startsWith("CHAOS-"));
        assertEquals("2", jira.typeOf.get(plain.key()));
        assertEquals(Optional.empty(), jira.issues.get(plain.key()).epicKey());
        assertFalse(jira.issues.get(plain.key()).labels().contains("reliability"));
    }

    @Test
    public void eachTicketLinksToItsReviewPageAndThePageShowsTheTicket() {
        PublishReviews.Report report = publish(routes(toPay(null, null)), false);

        TrackedIssue routed = ticket(report, "Lower the DNS TTL");
        FakeWiki.Stored page = wiki.pages.get(pageOf("review/Team 1"));
        RemoteLink link = jira.remoteLinks.get(routed.key()).get("io.chaosday.page=" + routed.key());
        assertEquals(page.page().link(), link.url());
        assertEquals(page.page().title(), link.title());
        assertTrue(page.page().body(), page.page().body().contains(routed.key()));
        TrackedIssue plain = ticket(report, "Cache the search index");
        assertEquals(wiki.pages.get(pageOf("review/Team 2")).page().link(),
                jira.remoteLinks.get(plain.key()).get("io.chaosday.page=" + plain.key()).url());
    }

    @Test
    public void publishingAgainFindsTheTicketInItsProjectAndWritesNothing() {
        publish(routes(toPay("Story", epic)), false);
        int issues = jira.issues.size();
        int calls = jira.calls.size();

        PublishReviews.Report again = publish(routes(toPay("Story", epic)), false);

        assertEquals(List.of(), again.improvementsCreated());
        assertEquals(issues, jira.issues.size());
        assertTrue(jira.calls.subList(calls, jira.calls.size()).toString(), jira.calls.subList(calls, jira.calls.size()).stream()
                .noneMatch(c -> c.startsWith("create") || c.startsWith("addRemoteLink") || c.startsWith("relate")
                        || c.startsWith("assign")));
    }

    @Test
    public void theLessonsPageAsksForImprovementTicketsInEveryProjectTheyGoTo() {
        PublishReviews.Report report = publish(routes(toPay(null, null)), false);

        String lessons = wiki.pages.get(report.pages().get(0).page().orElseThrow().id()).page().body();
        assertTrue(lessons, lessons.contains("project in (&quot;CHAOS&quot;, &quot;PAY&quot;) AND labels = &quot;"
                + ReviewImprovements.LABEL + "&quot;"));
    }

    @Test
    public void aProjectJiraDoesNotHaveStopsThePublishBeforeAnythingIsWritten() {
        ImprovementRoutes routes = routes(new ImprovementRoutes.Route(Optional.of("NOPE"), Optional.empty(), Optional.empty(),
                List.of()));

        WorkflowFailure failure = failureOf(routes, false);

        assertEquals(new WorkflowFailure.NoSuchImprovementProject("team 1", "NOPE"), failure);
        assertNothingWritten();
    }

    @Test
    public void anIssueTypeTheProjectDoesNotOfferStopsThePublishNamingThoseItDoes() {
        WorkflowFailure failure = failureOf(routes(toPay("Bug", null)), false);

        assertEquals(new WorkflowFailure.NoSuchImprovementType("team 1", "PAY", "Bug", List.of("Task", "Story")), failure);
        assertNothingWritten();
    }

    @Test
    public void anEpicJiraDoesNotHaveStopsThePublishAndSoDoesADryRun() {
        assertEquals(new WorkflowFailure.NoSuchImprovementEpic("team 1", "PAY-999"), failureOf(routes(toPay(null, "PAY-999")), true));
        assertEquals(new WorkflowFailure.NoSuchImprovementEpic("team 1", "not a key"),
                failureOf(routes(toPay(null, "not a key")), false));
        assertNothingWritten();
    }

    @Test
    public void aProjectWhereNoTicketCanBeMadeStopsThePublishBeforeAnythingIsWritten() {
        jira.issueTypes.put("PAY", List.of(new IssueTypes.Offered("9", "Sub-task", false, false)));

        try {
            publish(routes(toPay(null, null)), false);
            fail("the publish went ahead");
        } catch (io.chaosday.tracker.TrackerException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("PAY"));
        }
        assertNothingWritten();
    }

    private WorkflowFailure failureOf(ImprovementRoutes routes, boolean dryRun) {
        try {
            publish(routes, dryRun);
            fail("the publish went ahead");
            return null;
        } catch (WorkflowException e) {
            return e.failure();
        }
    }

    private void assertNothingWritten() {
        assertTrue(wiki.pages.toString(), wiki.pages.isEmpty());
        assertEquals(List.of(), jira.calls.stream().filter(c -> c.startsWith("createIssues") || c.startsWith("addRemoteLink")
                || c.startsWith("setProperty") || c.startsWith("relate") || c.startsWith("assign")).toList());
    }
}
