package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.http.Credentials;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.rest.OpenApiContract;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.site.JiraSite;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.ImprovementRoutes;
import io.chaosday.workflow.PublishReviews;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** A team's improvement tickets routed to its own project, over HTTP: made there once, linked to the review page. */
public class ImprovementRoutingEndToEndTest {

    private static final ChaosDayId ID = ChaosDayId.fromName("Chaos Day");

    private LocalJira jira;
    private LocalConfluence confluence;

    @Before
    public void start() throws Exception {
        jira = new LocalJira(0);
        confluence = new LocalConfluence();
        new CreateChaosDay(tracker()).run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1,
                        ChaosDaySpec.numberedTeams(2), WorkingCalendar.mondayToFriday())), false), Progress.SILENT);
    }

    @After
    public void stop() {
        OpenApiContract.jiraDataCenter().assertHonoured(jira.exchanges());
        jira.close();
        confluence.close();
    }

    private JiraRestTracker tracker() {
        return JiraRestTracker.connect(RestClient.builder(jira.base(), new Credentials.Bearer("t", "test"))
                .sleeper(new RecordingSleeper()).build());
    }

    private PublishReviews.Report publish(JiraRestTracker tracker, ImprovementRoutes routes) {
        var wiki = ConfluenceRestWiki.over(RestClient.builder(confluence.base(), new Credentials.Bearer("t", "test"))
                .sleeper(new RecordingSleeper()).build(), ConfluenceSite.Deployment.DATA_CENTER);
        return new PublishReviews(tracker, new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))))
                .routingImprovements(routes)
                .publish("CHAOS", ChaosDayFinder.withCardsAndPages(tracker).find("CHAOS", ID), "Chaos Day", wiki,
                        new PublishReviews.Target("CHAOS", Optional.empty(), false, false), LocalDate.parse("2027-03-20"),
                        Progress.SILENT, PublishReviews.Events.NONE);
    }

    @Test
    public void theTicketIsMadeInTheTeamsProjectOnceAndLinksToItsReviewPage() {
        JiraRestTracker tracker = tracker();
        TrackedIssue review = tracker.findIssues("CHAOS", ID.label()).stream()
                .filter(issue -> issue.summary().equals("Post-Chaos review for Team 1")).findFirst().orElseThrow();
        jira.issue(review.key()).with("fields").put("description", "h2. Improvements\n* Lower the DNS TTL (owner: alice)");
        ImprovementRoutes routes = new ImprovementRoutes(Map.of("Team 1", new ImprovementRoutes.Route(Optional.of("PAY"),
                Optional.of("Task"), Optional.empty(), List.of("reliability"))));

        PublishReviews.Report first = publish(tracker, routes);
        PublishReviews.Report again = publish(tracker(), routes);

        assertEquals(1, first.improvementsCreated().size());
        String key = first.improvementsCreated().get(0).key();
        assertTrue(key, key.startsWith("PAY-"));
        assertTrue(jira.issue(key).path("fields").path("labels").toString().contains("reliability"));
        assertTrue(jira.log().toString(), jira.log().contains("POST /rest/api/2/issue/" + key + "/remotelink"));
        assertEquals(List.of(), again.improvementsCreated());
        assertEquals(1, tracker().findIssues("PAY", ID.label()).size());
    }
}
