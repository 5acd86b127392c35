package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.Scheduler;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.http.Credentials;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.http.Timeouts;
import io.chaosday.stub.LocalJira;
import io.chaosday.stub.LocalJira.Fault;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.PlannedIssues;
import io.chaosday.workflow.RescheduleChaosDay;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import io.chaosday.rest.OpenApiContract;
import java.util.Arrays;
import java.util.Collection;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Create and reschedule over real HTTP while the network misbehaves: rate limits, bursts of 503s,
 * answers lost after the write and answers slower than the timeout. Each run ends with exactly
 * the planned issues on their planned dates: none missing, none twice.
 */
@RunWith(Parameterized.class)
public class FaultsEndToEndTest {

    /** Against Jira as it answers, and against a Jira that answers only what its DC 10.3 document declares. */
    @Parameterized.Parameters(name = "{0}")
    public static Collection<LocalJira.Mode> modes() {
        return Arrays.asList(LocalJira.Mode.values());
    }

    @Parameterized.Parameter
    public LocalJira.Mode mode;

    private static final ChaosDayId ID = ChaosDayId.fromName("Chaos Day");

    private LocalJira jira;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Before
    public void start() throws Exception {
        jira = new LocalJira(0, mode);
    }

    @After
    public void stop() {
        jira.close();
    }

    /** Checked after each test: what was sent and what the stub answered are what the document declares. */
    @After
    public void everyRequestAndAnswerFollowsTheContract() {
        OpenApiContract.jiraDataCenter().assertHonoured(jira.exchanges());
    }

    private JiraRestTracker tracker() {
        return JiraRestTracker.connect(RestClient.builder(jira.base(), new Credentials.Bearer("t", "test"))
                .timeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(LocalJira.SLOW_MILLIS / 3)))
                .sleeper(sleeper).build());
    }

    private static ChaosDayPlan plan(String date) {
        return Scheduler.withDefaults().schedule(new ChaosDaySpec("Chaos Day", LocalDate.parse(date), 1,
                ChaosDaySpec.numberedTeams(30), WorkingCalendar.mondayToFriday()));
    }

    private void create(String date) {
        new CreateChaosDay(tracker()).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), ChaosDayDefinition.withDefaults(plan(date).spec()), false),
                Progress.SILENT);
    }

    private void assertExactlyThePlan(String date) {
        List<TrackedIssue> found = tracker().findIssues("CHAOS", ID.label());
        Set<String> items = found.stream().map(i -> i.identity().orElseThrow().item().key()).collect(Collectors.toSet());
        var planned = PlannedIssues.of(plan(date), ID);
        assertEquals("no issue twice", found.size(), items.size());
        assertEquals(planned.stream().map(p -> p.identity().item().key()).collect(Collectors.toSet()), items);
        for (var p : planned) {
            TrackedIssue issue = found.stream().filter(i -> i.isFor(p.identity())).findFirst().orElseThrow();
            assertEquals(p.identity().item().key(), Optional.of(p.due()), issue.due());
        }
    }

    @Test
    public void createRidesOutRateLimitsAndBurstsOf503s() {
        jira.failNext("POST /rest/api/2/search", Fault.TOO_MANY_REQUESTS, Fault.UNAVAILABLE);
        jira.failNext("POST /rest/api/2/issue/bulk", Fault.TOO_MANY_REQUESTS, Fault.UNAVAILABLE, Fault.UNAVAILABLE);
        create("2027-03-10");
        assertExactlyThePlan("2027-03-10");
        assertTrue(sleeper.waits().toString(), sleeper.waits().contains(Duration.ofSeconds(1)));
    }

    @Test
    public void createWhoseAnswersAreLostAfterTheWriteEndsWithEachIssueOnce() {
        jira.failNext("POST /rest/api/2/issue/bulk", Fault.DROP_AFTER_WRITE, Fault.DROP_AFTER_WRITE);
        create("2027-03-10");
        assertExactlyThePlan("2027-03-10");
    }

    @Test
    public void createWhoseAnswerComesAfterTheTimeoutEndsWithEachIssueOnce() throws Exception {
        jira.failNext("POST /rest/api/2/issue/bulk", Fault.SLOW);
        create("2027-03-10");
        Thread.sleep(LocalJira.SLOW_MILLIS); // let the slow write finish on the server before looking
        create("2027-03-10");
        assertExactlyThePlan("2027-03-10");
    }

    @Test
    public void rescheduleRidesOutResetsSlowAnswersAnd503s() {
        create("2027-03-10");
        // The moves run in parallel, so one shared queue of faults could hand a single request more
        // faults than it has tries; two issues each meet fewer faults than the four tries allow.
        jira.failNext("PUT /rest/api/2/issue/CHAOS-6", Fault.DROP_AFTER_WRITE, Fault.UNAVAILABLE, Fault.TOO_MANY_REQUESTS);
        jira.failNext("PUT /rest/api/2/issue/CHAOS-9", Fault.SLOW, Fault.UNAVAILABLE, Fault.DROP_AFTER_WRITE);
        var tracker = tracker();
        var found = new ChaosDayFinder(tracker).find("CHAOS", ID);
        new RescheduleChaosDay(tracker).run("CHAOS", found, plan("2027-03-24"), false, Progress.SILENT);
        assertExactlyThePlan("2027-03-24");
        assertEquals("every planned fault was met", 0, jira.faultsLeft());
    }
}
