package io.chaosday.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.stub.LocalConfluence;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.Comment;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.day.DayBoard;
import io.chaosday.workflow.PageAction;
import io.chaosday.workflow.PublishReviews;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The run logs of a Chaos Day's experiments are read in bulk: publishing a 20-team Chaos Day whose
 * 40 experiments each have a run log reads no experiment's comments on their own (and stays within
 * two Jira requests per page and five more the first time, five in all the next), nor does the day's
 * board of them, and an experiment
 * with more comments than Jira's search sends with it is the only one read on its own. Counted by
 * the local Jira Data Center.
 */
public class RunLogRequestsTest {

    private static final String NAME = "Run Log Day";
    private static final int TEAMS = 20;
    private static final int EXPERIMENTS = 40;

    @Test
    public void publishingFortyExperimentsWithRunLogsReadsNoExperimentsCommentsOnTheirOwn() throws Exception {
        try (LocalJira jira = new LocalJira(0); LocalConfluence confluence = new LocalConfluence()) {
            JiraRestTracker tracker = tracker(jira);
            List<TrackedIssue> experiments = chaosDayWithLoggedExperiments(tracker);
            jira.resetCount();

            publish(jira, confluence);

            List<String> commentReads = jira.log().stream().filter(r -> r.contains("/comment")).toList();
            long searches = jira.log().stream().filter(r -> r.equals("POST /rest/api/2/search")).count();
            assertEquals(jira.log().toString(), List.of(), commentReads);
            assertTrue(searches + " searches: " + jira.log(), searches <= 4);
            String published = confluence.pages().values().toString();
            for (TrackedIssue experiment : experiments) {
                assertTrue(experiment.key() + "'s run log is on its review",
                        published.contains("alert fired for " + experiment.key()));
            }
            OpenApiContract.jiraDataCenter().assertHonoured(searches(jira));
        }
    }

    @Test
    public void aChaosDayOfFortyLoggedExperimentsPublishesAtTheFloorFirstAndAgain() throws Exception {
        try (LocalJira jira = new LocalJira(0); LocalConfluence confluence = new LocalConfluence()) {
            chaosDayWithLoggedExperiments(tracker(jira));
            jira.resetCount();

            int pages = publish(jira, confluence).pages().size();
            int first = jira.requests();
            List<String> firstLog = jira.log();
            jira.resetCount();
            PublishReviews.Report again = publish(jira, confluence);

            assertEquals(TEAMS + 2, pages);
            assertTrue(first + " requests for " + pages + " pages: " + firstLog, first <= 2 * pages + 5);
            assertTrue(again.pages().toString(), again.pages().stream().allMatch(p -> p.action() == PageAction.UNCHANGED));
            assertTrue(jira.requests() + " requests: " + jira.log(), jira.requests() <= 5);
        }
    }

    @Test
    public void theDayBoardOfFortyLoggedExperimentsReadsTheirLogsInOneSearch() throws Exception {
        try (LocalJira jira = new LocalJira(0)) {
            JiraRestTracker tracker = tracker(jira);
            chaosDayWithLoggedExperiments(tracker);
            ChaosDayIssues found = ChaosDayFinder.withCardsAndPages(tracker).find("CHAOS", ChaosDayId.fromName(NAME));
            jira.resetCount();

            DayBoard board = DayBoard.read(tracker, found, Clock.fixed(Instant.parse("2027-03-10T16:00:00Z"), ZoneOffset.UTC));

            assertEquals(EXPERIMENTS, board.stopped());
            assertEquals(List.of("POST /rest/api/2/search"), jira.log());
        }
    }

    @Test
    public void onlyAnExperimentWithMoreCommentsThanTheSearchSendsIsReadOnItsOwn() throws Exception {
        try (LocalJira jira = new LocalJira(0)) {
            JiraRestTracker tracker = tracker(jira);
            List<TrackedIssue> experiments = chaosDayWithLoggedExperiments(tracker);
            String chatty = experiments.get(7).key();
            List<String> written = new ArrayList<>(tracker.comments(chatty).stream().map(Comment::id).toList());
            while (written.size() <= LocalJira.COMMENTS_PER_SEARCHED_ISSUE) {
                written.add(tracker.addComment(chatty, "a person's remark " + written.size()).id());
            }
            jira.resetCount();

            Map<String, List<Comment>> read = tracker.commentsOf(experiments.stream().map(TrackedIssue::key).toList());

            assertEquals(written, read.get(chatty).stream().map(Comment::id).toList());
            assertEquals(List.of("GET /rest/api/2/issue/" + chatty + "/comment", "GET /rest/api/2/issue/" + chatty + "/comment"),
                    jira.log().stream().filter(r -> r.contains("/comment")).toList());
            assertEquals(jira.log().toString(), 1, jira.log().stream().filter(r -> r.equals("POST /rest/api/2/search")).count());
            OpenApiContract.jiraDataCenter().assertHonoured(searches(jira));
        }
    }

    /** A 20-team Chaos Day with 40 experiments, each started, detected and stopped in its run log. */
    private static List<TrackedIssue> chaosDayWithLoggedExperiments(JiraRestTracker tracker) {
        return LoggedChaosDay.create(tracker, NAME, TEAMS, EXPERIMENTS);
    }

    /** The searches' requests and answers, held to the contract (every exchange of the run would take seconds to check). */
    private static List<Exchange> searches(LocalJira jira) {
        return jira.exchanges().stream().filter(e -> e.url().startsWith("/rest/api/2/search")).toList();
    }

    private static PublishReviews.Report publish(LocalJira jira, LocalConfluence confluence) {
        return PublishingOnLocalJira.publish(jira, confluence, NAME);
    }

    private static JiraRestTracker tracker(LocalJira jira) {
        return PublishingOnLocalJira.tracker(jira);
    }
}
