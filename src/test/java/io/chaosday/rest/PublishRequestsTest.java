package io.chaosday.rest;

import io.chaosday.http.RestClient;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.PageAction;
import io.chaosday.workflow.PublishReviews;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Publishing a 20-team Chaos Day costs Jira at most two requests per page and five more the first
 * time, and at most five in all when nothing changed: the Chaos Day's tickets come with their
 * descriptions in one paged search, the pages published are kept in one record read with it and
 * written once when it changed, and a ticket's link to its page is written only when it is missing
 * or different. Counted by the local Jira Data Center.
 */
public class PublishRequestsTest {

    private static final String NAME = "Request Count Day";
    private static final int TEAMS = 20;

    @Test
    public void aFirstPublishTakesAtMostTwoJiraRequestsPerPageAndFiveMore() throws Exception {
        try (LocalJira jira = new LocalJira(0); LocalConfluence confluence = new LocalConfluence()) {
            createChaosDay(jira);
            jira.resetCount();

            PublishReviews.Report report = publish(jira, confluence);

            int pages = report.pages().size();
            assertEquals(TEAMS + 2, pages);
            assertTrue(report.pages().toString(), report.pages().stream().allMatch(p -> p.action() == PageAction.CREATED));
            assertTrue(jira.requests() + " requests for " + pages + " pages: " + jira.log(), jira.requests() <= 2 * pages + 5);
        }
    }

    @Test
    public void publishingAgainWithNothingChangedTakesAtMostFiveJiraRequests() throws Exception {
        try (LocalJira jira = new LocalJira(0); LocalConfluence confluence = new LocalConfluence()) {
            createChaosDay(jira);
            publish(jira, confluence);
            jira.resetCount();

            PublishReviews.Report report = publish(jira, confluence);

            assertTrue(report.pages().toString(), report.pages().stream().allMatch(p -> p.action() == PageAction.UNCHANGED));
            assertTrue(jira.requests() + " requests: " + jira.log(), jira.requests() <= 5);
        }
    }

    private static void createChaosDay(LocalJira jira) {
        new CreateChaosDay(tracker(jira)).run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                ChaosDayDefinition.withDefaults(new ChaosDaySpec(NAME, LocalDate.parse("2027-03-10"), 1,
                        ChaosDaySpec.numberedTeams(TEAMS), WorkingCalendar.mondayToFriday())), false), Progress.SILENT);
    }

    private static PublishReviews.Report publish(LocalJira jira, LocalConfluence confluence) {
        JiraRestTracker tracker = tracker(jira);
        var wiki = ConfluenceRestWiki.over(RestClient.builder(confluence.base(), Secrets.BEARER).build(),
                ConfluenceSite.Deployment.DATA_CENTER);
        return new PublishReviews(tracker, new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))))
                .publish("CHAOS", ChaosDayFinder.forPublishing(tracker).findByName("CHAOS", Optional.of(NAME)), NAME, wiki,
                        new PublishReviews.Target("CHAOS", Optional.empty(), false, false), LocalDate.parse("2027-03-20"),
                        Progress.SILENT, PublishReviews.Events.NONE);
    }

    private static JiraRestTracker tracker(LocalJira jira) {
        return JiraRestTracker.connect(RestClient.builder(jira.base(), Secrets.BEARER).build());
    }
}
