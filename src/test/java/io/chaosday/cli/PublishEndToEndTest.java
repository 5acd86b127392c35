package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.http.Credentials;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.rest.OpenApiContract;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.PublishReviews;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Publishing reviews from a Jira over HTTP to a Confluence over HTTP: once against Jira as it
 * answers, once against a Jira that answers only what its DC 10.3 document declares.
 */
@RunWith(Parameterized.class)
public class PublishEndToEndTest {

    private static final ChaosDayId ID = ChaosDayId.fromName("Chaos Day");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<LocalJira.Mode> modes() {
        return Arrays.asList(LocalJira.Mode.values());
    }

    @Parameterized.Parameter
    public LocalJira.Mode mode;

    private LocalJira jira;
    private LocalConfluence confluence;

    @Before
    public void start() throws Exception {
        jira = new LocalJira(0, mode);
        confluence = new LocalConfluence();
        new CreateChaosDay(tracker()).run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1,
                        ChaosDaySpec.numberedTeams(2), WorkingCalendar.mondayToFriday())), false), Progress.SILENT);
    }

    @After
    public void stop() {
        jira.close();
        confluence.close();
    }

    /** Checked after each test: what was sent and what the stubs answered are what the documents declare. */
    @After
    public void everyRequestAndAnswerFollowsTheContracts() {
        OpenApiContract.jiraDataCenter().assertHonoured(jira.exchanges());
        OpenApiContract.confluenceDataCenter("/").assertHonoured(confluence.exchanges());
    }

    private JiraRestTracker tracker() {
        return JiraRestTracker.connect(RestClient.builder(jira.base(), new Credentials.Bearer("t", "test"))
                .sleeper(new RecordingSleeper()).build());
    }

    @Test
    public void eachReviewTicketBecomesOnePageWithItsDescriptionAndTheTicketLinksToIt() {
        JiraRestTracker tracker = tracker();
        TrackedIssue review = tracker.findIssues("CHAOS", ID.label()).stream()
                .filter(issue -> issue.summary().equals("Post-Chaos review for Team 1")).findFirst().orElseThrow();
        jira.issue(review.key()).with("fields").put("description", "h2. Summary\nTeam one's findings");

        PublishReviews.Report report = publish(tracker);

        assertTrue(report.pages().toString(), confluence.pages().values().stream()
                .anyMatch(page -> page.path("body").path("storage").path("value").asText().contains("Team one")));
        assertEquals(0, report.skipped());
        assertTrue(jira.log().toString(), jira.log().contains("POST /rest/api/2/issue/" + review.key() + "/remotelink"));
    }

    @Test
    public void withoutAddPagesInTheSpaceNeitherADryRunNorAPublishCreatesAnythingInJira() {
        JiraRestTracker tracker = tracker();
        TrackedIssue review = tracker.findIssues("CHAOS", ID.label()).stream()
                .filter(issue -> issue.summary().equals("Post-Chaos review for Team 1")).findFirst().orElseThrow();
        jira.issue(review.key()).with("fields").put("description",
                "h2. Improvements\n* Lower the DNS TTL (owner: Alice, due: 2027-04-01)");
        confluence.withoutAddPages();
        long jiraWrites = jiraWrites();

        for (boolean dryRun : new boolean[] {true, false}) {
            io.chaosday.workflow.WorkflowException e = org.junit.Assert.assertThrows(
                    io.chaosday.workflow.WorkflowException.class, () -> publish(tracker, dryRun));
            assertEquals(new io.chaosday.workflow.WorkflowFailure.CannotAddPages("CHAOS", Optional.empty()), e.failure());
        }

        assertEquals(jira.log().toString(), jiraWrites, jiraWrites());
        assertEquals(java.util.List.of(), confluence.writes());
        assertTrue(confluence.requests().toString(), confluence.requests().stream().allMatch(r -> r.startsWith("GET ")));
    }

    private long jiraWrites() {
        // JQL searches are POSTed but write nothing.
        return jira.log().stream().filter(line -> !line.startsWith("GET ") && !line.startsWith("POST /rest/api/2/search")).count();
    }

    private PublishReviews.Report publish(JiraRestTracker tracker) {
        return publish(tracker, false);
    }

    private PublishReviews.Report publish(JiraRestTracker tracker, boolean dryRun) {
        RestClient client = RestClient.builder(confluence.base(), new Credentials.Bearer("t", "test"))
                .sleeper(new RecordingSleeper()).build();
        var wiki = ConfluenceRestWiki.over(client, ConfluenceSite.Deployment.DATA_CENTER);
        return new PublishReviews(tracker, new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))))
                .publish("CHAOS", ChaosDayFinder.withCardsAndPages(tracker).find("CHAOS", ID), "Chaos Day", wiki,
                        new PublishReviews.Target("CHAOS", Optional.empty(), false, dryRun), LocalDate.parse("2027-03-20"),
                        Progress.SILENT, PublishReviews.Events.NONE);
    }
}
