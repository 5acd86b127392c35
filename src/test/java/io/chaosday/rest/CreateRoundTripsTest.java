package io.chaosday.rest;

import io.chaosday.http.BoundedParallel;
import io.chaosday.http.RestClient;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.Scheduler;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.PlannedIssues;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Creating a Chaos Day in a project that exists costs at most ceil(issues / 50) + 7 requests and
 * five round trips: the project, its field list, the Chaos Day's issues and those it may have had
 * under the id of a release before names were hashed, at once; then a count
 * that must agree with that search before anything is created, then the epics, then the tickets,
 * then the count that tells whether another run wrote too. Requests are counted
 * by the local Jira; round trips are read from when it began and ended each request.
 */
public class CreateRoundTripsTest {

    /** Long enough that requests sent at once overlap even on a loaded machine; nothing here is timed. */
    private static final long LATENCY_MILLIS = 250;

    @Test
    public void creatingTwentyFiveTeamsTakesTheRequestsOfItsBatchesAndSevenMore() throws Exception {
        try (LocalJira jira = new LocalJira(0)) {
            ChaosDayDefinition definition = definition(25);
            int issues = PlannedIssues.of(definition, request(definition).id()).size();

            var report = new CreateChaosDay(tracker(jira)).run(request(definition), Progress.SILENT);

            assertEquals(issues, report.created().size());
            assertTrue(jira.requests() + " requests: " + jira.log(), jira.requests() <= (issues + 49) / 50 + 7);
            assertEquals(List.of("GET /rest/api/2/field", "GET /rest/api/2/project/CHAOS",
                    "POST /rest/api/2/issue/bulk", "POST /rest/api/2/issue/bulk", "POST /rest/api/2/issue/bulk",
                    "POST /rest/api/2/search", "POST /rest/api/2/search", "POST /rest/api/2/search", "POST /rest/api/2/search"), jira.log().stream().sorted().toList());
        }
    }

    @Test
    public void creatingAHundredTeamsStaysWithinTheBudgetToo() throws Exception {
        try (LocalJira jira = new LocalJira(0)) {
            ChaosDayDefinition definition = definition(100);
            int issues = PlannedIssues.of(definition, request(definition).id()).size();

            new CreateChaosDay(tracker(jira)).run(request(definition), Progress.SILENT);

            assertTrue(jira.requests() + " requests for " + issues + " issues", jira.requests() <= (issues + 49) / 50 + 7);
        }
    }

    @Test
    public void creatingWaitsForFiveRoundTrips() throws Exception {
        try (LocalJira jira = new LocalJira(LATENCY_MILLIS)) {
            ChaosDayDefinition definition = definition(25);

            new CreateChaosDay(tracker(jira)).run(request(definition), Progress.SILENT);

            assertEquals(List.of(
                    List.of("GET /rest/api/2/field", "GET /rest/api/2/project/CHAOS", "POST /rest/api/2/search",
                            "POST /rest/api/2/search"),
                    List.of("POST /rest/api/2/search"),
                    List.of("POST /rest/api/2/issue/bulk"),
                    List.of("POST /rest/api/2/issue/bulk", "POST /rest/api/2/issue/bulk"),
                    List.of("POST /rest/api/2/search")), sorted(jira.roundTrips()));
        }
    }

    @Test
    public void theRoundTripCountSeesEveryWaitAndOnlyWaits() throws Exception {
        try (LocalJira jira = new LocalJira(LATENCY_MILLIS)) {
            RestClient client = RestClient.builder(jira.base(), Secrets.BEARER).build();
            for (int i = 0; i < 3; i++) {
                client.get(JiraApi.SERVER_INFO);
            }
            assertEquals("one after another", 3, jira.roundTrips().size());

            jira.resetCount();
            new BoundedParallel().all(List.<Callable<Object>>of(() -> client.get(JiraApi.SERVER_INFO),
                    () -> client.get(JiraApi.SERVER_INFO), () -> client.get(JiraApi.SERVER_INFO)));
            assertEquals("all at once", List.of(List.of("GET /rest/api/2/serverInfo", "GET /rest/api/2/serverInfo",
                    "GET /rest/api/2/serverInfo")), jira.roundTrips());
        }
    }

    private static List<List<String>> sorted(List<List<String>> rounds) {
        return rounds.stream().map(round -> round.stream().sorted().toList()).toList();
    }

    private static JiraRestTracker tracker(LocalJira jira) {
        return JiraRestTracker.connect(RestClient.builder(jira.base(), Secrets.BEARER).build());
    }

    private static CreateChaosDay.Request request(ChaosDayDefinition definition) {
        return new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false);
    }

    private static ChaosDayDefinition definition(int teams) {
        return ChaosDayDefinition.withDefaults(Scheduler.withDefaults().schedule(new ChaosDaySpec("Round Trip Day",
                LocalDate.parse("2027-05-12"), 1, ChaosDaySpec.numberedTeams(teams), WorkingCalendar.mondayToFriday())).spec());
    }
}
