package io.chaosday.rest;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.PageAction;
import io.chaosday.workflow.PublishReviews;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import io.chaosday.plan.Step;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.Item;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.PublishedPages;
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

    @Test
    public void aChaosDayPublishedBeforeTheRecordIsReadTicketByTicketOnceAndFromTheRecordAfter() throws Exception {
        try (LocalJira jira = new LocalJira(0); LocalConfluence confluence = new LocalConfluence()) {
            createChaosDay(jira);
            publish(jira, confluence);
            // As releases before the record left it: each ticket keeps its page's id, the Share epic the lessons page's.
            JiraRestTracker tracker = tracker(jira);
            ChaosDayIssues found = ChaosDayFinder.forPublishing(tracker).find("CHAOS", ChaosDayId.fromName(NAME));
            PublishedPages record = PublishedPages.of(found);
            found.byItem().forEach((item, issue) -> record.pageId(item)
                    .ifPresent(id -> tracker.setProperty(issue.key(), IssueProperties.PAGE, Map.of("pageId", id))));
            jira.resetCount();

            PublishReviews.Report report = publish(jira, confluence);

            assertTrue(report.pages().toString(), report.pages().stream().allMatch(p -> p.action() == PageAction.UNCHANGED));
            long ticketReads = jira.log().stream().filter(r -> r.startsWith("GET ") && r.endsWith("/io.chaosday.page")).count();
            assertEquals(jira.log().toString(), 1 + (TEAMS + 1) + 1, ticketReads); // the Share epic, then it and every review
            assertEquals(record.pageId(new Item.StepTicket(Step.TEAM_OF_TEAMS)),
                    PublishedPages.of(ChaosDayFinder.forPublishing(tracker).find("CHAOS", ChaosDayId.fromName(NAME)))
                            .pageId(new Item.StepTicket(Step.TEAM_OF_TEAMS)));
            jira.resetCount();
            publish(jira, confluence);
            assertTrue(jira.requests() + " requests: " + jira.log(), jira.requests() <= 5);
        }
    }

    @Test
    public void publishingAChaosDayOfFortyExperimentsReadsTheirCardsFromTheIndexNotOneByOne() throws Exception {
        try (LocalJira jira = new LocalJira(0); LocalConfluence confluence = new LocalConfluence()) {
            createChaosDay(jira);
            StringBuilder yaml = new StringBuilder("experiments:\n");
            for (int n = 1; n <= 40; n++) {
                yaml.append("  - {title: Service %d loses its database, rollback: start it again, owner: agent%d, team: Team %d}\n"
                        .formatted(n, n % 10 + 1, 1 + n % TEAMS));
            }
            new io.chaosday.workflow.ChaosDayExperiments(tracker(jira)).add("CHAOS", ChaosDayId.fromName(NAME),
                    io.chaosday.workflow.ExperimentsFile.parse(yaml.toString(), "experiments.yaml"), false, Progress.SILENT);
            jira.resetCount();

            publish(jira, confluence);
            long firstCardReads = jira.log().stream().filter(r -> r.endsWith("/properties/" + IssueProperties.EXPERIMENT)).count();
            jira.resetCount();
            PublishReviews.Report again = publish(jira, confluence);

            assertEquals(jira.log().toString(), 0, firstCardReads);
            assertTrue(again.pages().toString(), again.pages().stream().allMatch(p -> p.action() == PageAction.UNCHANGED));
            assertEquals(jira.log().toString(), 0,
                    jira.log().stream().filter(r -> r.endsWith("/properties/" + IssueProperties.EXPERIMENT)).count());
            assertEquals(jira.log().toString(), 1,
                    jira.log().stream().filter(r -> r.endsWith("/properties/" + IssueProperties.CARDS)).count());
            String pages = confluence.pages().values().stream().map(page -> page.path("body").path("storage").path("value").asText())
                    .reduce("", String::concat);
            for (int n = 1; n <= 40; n++) {
                assertTrue("the card of experiment " + n + " reached its review page", pages.contains("Service " + n + " loses its database"));
            }
        }
    }

    private static void createChaosDay(LocalJira jira) {
        new CreateChaosDay(tracker(jira)).run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                ChaosDayDefinition.withDefaults(new ChaosDaySpec(NAME, LocalDate.parse("2027-03-10"), 1,
                        ChaosDaySpec.numberedTeams(TEAMS), WorkingCalendar.mondayToFriday())), false), Progress.SILENT);
    }

    private static PublishReviews.Report publish(LocalJira jira, LocalConfluence confluence) {
        return PublishingOnLocalJira.publish(jira, confluence, NAME);
    }

    private static JiraRestTracker tracker(LocalJira jira) {
        return PublishingOnLocalJira.tracker(jira);
    }
}
