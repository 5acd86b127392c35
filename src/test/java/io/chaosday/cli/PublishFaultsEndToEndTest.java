package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.http.BoundedParallel;
import io.chaosday.http.Credentials;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.stub.LocalConfluence.Fault;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.FakeIssueTracker;
import io.chaosday.workflow.PageAction;
import io.chaosday.workflow.PageAction;
import io.chaosday.workflow.PublishReviews;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import io.chaosday.rest.OpenApiContract;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Publishing to a Confluence over HTTP while it misbehaves: rate limits, 503s, version conflicts and
 * answers lost after the write. Publishing ends with exactly one page per review (plus the lessons
 * page), each with the content of its ticket.
 */
public class PublishFaultsEndToEndTest {

    private static final ChaosDayId ID = ChaosDayId.fromName("Chaos Day");
    private static final LocalDate TODAY = LocalDate.parse("2027-03-20");

    private LocalConfluence confluence;
    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");

    @Before
    public void start() throws Exception {
        confluence = new LocalConfluence();
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1,
                        ChaosDaySpec.numberedTeams(2), WorkingCalendar.mondayToFriday())), false), Progress.SILENT);
        jira.descriptions.put(jira.byItem("review/Team 1").key(), "h2. Summary\nTeam one's findings");
        jira.descriptions.put(jira.byItem("review/Team 2").key(), "h2. Summary\nTeam two's findings");
    }

    @After
    public void stop() {
        confluence.close();
    }

    /** Checked after each test: what was sent and what the stub answered are what Confluence's document declares. */
    @After
    public void everyRequestAndAnswerFollowsTheContract() {
        OpenApiContract.confluenceDataCenter("/").assertHonoured(confluence.exchanges());
    }

    private PublishReviews.Report publish() {
        RestClient client = RestClient.builder(confluence.base(), new Credentials.Bearer("t", "test"))
                .sleeper(new RecordingSleeper()).build();
        var wiki = ConfluenceRestWiki.over(client, ConfluenceSite.Deployment.DATA_CENTER);
        return new PublishReviews(jira, new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))))
                .publish("CHAOS", ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID), "Chaos Day", wiki,
                        new PublishReviews.Target("CHAOS", Optional.empty(), false, false), TODAY, Progress.SILENT,
                        PublishReviews.Events.NONE);
    }

    private void assertOnePagePerReviewWithItsContent() {
        Set<String> titles = confluence.pages().values().stream().map(p -> p.path("title").asText()).collect(Collectors.toSet());
        assertEquals(titles.toString(), 4, confluence.pages().size());
        assertEquals(4, titles.size());
        for (String team : new String[] {"Team 1", "Team 2"}) {
            String pageId = jira.publishedPage("review/" + team);
            String body = confluence.pages().get(pageId).path("body").path("storage").path("value").asText();
            assertTrue(body, body.contains(team.equals("Team 1") ? "Team one" : "Team two"));
        }
    }

    @Test
    public void rateLimitsAnd503sAreRiddenOut() {
        confluence.failNext("GET /rest/api/content", Fault.TOO_MANY_REQUESTS, Fault.UNAVAILABLE);
        confluence.failNext("POST /rest/api/contentbody", Fault.UNAVAILABLE);
        confluence.failNext("PUT /rest/api/content/", Fault.UNAVAILABLE);
        publish();
        assertOnePagePerReviewWithItsContent();
        publish();
        assertOnePagePerReviewWithItsContent();
    }

    @Test
    public void aVersionConflictIsReadAgainAndRetriedOnce() {
        publish();
        jira.descriptions.put(jira.byItem("review/Team 1").key(), "h2. Summary\nTeam one's findings, revised");
        confluence.failNext("PUT /rest/api/content/", Fault.CONFLICT);
        publish();
        assertOnePagePerReviewWithItsContent();
        assertTrue(confluence.pages().values().stream()
                .anyMatch(p -> p.path("body").path("storage").path("value").asText().contains("revised")));
    }

    @Test
    public void anUpdateWhoseAnswerIsLostIsFinishedByTheNextPublish() {
        publish();
        jira.descriptions.put(jira.byItem("review/Team 2").key(), "h2. Summary\nTeam two's findings, revised");
        confluence.failNext("PUT /rest/api/content/", Fault.DROP_AFTER_WRITE, Fault.DROP_AFTER_WRITE, Fault.DROP_AFTER_WRITE,
                Fault.DROP_AFTER_WRITE);
        try {
            publish();
        } catch (TrackerException e) {
            // this run may stop here: its write landed but it never heard so; the next one finishes the job
        }
        PublishReviews.Report again = publish();
        assertOnePagePerReviewWithItsContent();
        assertTrue(confluence.pages().values().stream()
                .anyMatch(p -> p.path("body").path("storage").path("value").asText().contains("findings, revised")));
        assertEquals(again.pages().toString(), 0, again.skipped());
    }

    @Test
    public void aCreateWhoseAnswerIsLostIsFoundByReadingAndTheRunCarriesOn() {
        confluence.failNext("POST /rest/api/content$", Fault.DROP_AFTER_WRITE);
        PublishReviews.Report report = publish();
        assertEquals(report.pages().toString(), List.of(), report.left());
        assertOnePagePerReviewWithItsContent();
        PublishReviews.Report again = publish();
        assertTrue(again.pages().toString(), again.pages().stream().allMatch(p -> p.action() == PageAction.UNCHANGED));
    }

    @Test
    public void onePageThatFailsDoesNotStopTheOthersAndTheReportNamesWhatIsLeft() {
        String title = "Post-incident review: Team 1 — Chaos Day (2027-03-10)";
        confluence.createByPerson("CHAOS", title, "<p>someone else's page</p>");
        PublishReviews.Report report = publish();
        assertEquals(report.pages().toString(), List.of(title), report.left().stream().map(PublishReviews.PageResult::title).toList());
        assertTrue(report.left().get(0).failure().orElseThrow().getMessage(), report.left().get(0).failure().isPresent());
        assertEquals("the lessons page and the other reviews were published", 4, confluence.pages().size());
        String team2 = jira.publishedPage("review/Team 2");
        assertTrue(confluence.pages().containsKey(team2));
    }
}
