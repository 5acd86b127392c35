package io.chaosday.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.jira.link.ConfluenceForPublishing;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.Comment;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.ExperimentsFile;
import io.chaosday.workflow.FakeIssueTracker;
import io.chaosday.workflow.runlog.RunLog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/**
 * The On the day panel's calls: the experiments with their run logs, and an entry written through
 * the engine's run log as the command line writes it, by the experiment's owner or a project
 * administrator only.
 */
public class OnTheDayCallsTest {

    /** The Chaos Day, late afternoon in Berlin. */
    private static final Clock ON_THE_DAY = Clock.fixed(Instant.parse("2027-03-10T15:00:00Z"), ZoneId.of("Europe/Berlin"));

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final FacilitatorInJira host = new FacilitatorInJira();
    private final ChaosDayRestContract contract = new ChaosDayRestContract();
    private ChaosDayCalls calls;
    private String payments;
    private String search;

    @Before
    public void aChaosDayWithTwoIsolatedExperimentsInStagingOwnedByAliceAndBob() {
        ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1,
                List.of("Payments", "Search"), WorkingCalendar.mondayToFriday()));
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false), Progress.SILENT);
        new ChaosDayExperiments(jira).add("CHAOS", jira.byItem("epic/execute").identity().orElseThrow().chaosDay(),
                ExperimentsFile.parse("experiments:\n" + card("Payments loses its database", "Payments", "alice")
                        + card("Search loses its <cache>", "Search", "bob"), "experiments.yaml"), false, Progress.SILENT);
        payments = key("Payments loses its database");
        search = key("Search loses its <cache>");
        jira.now = Instant.parse("2027-03-10T14:59:00Z");
        calls = host.resource(jira, mock(ConfluenceForPublishing.class), ON_THE_DAY);
        when(host.facilitator.getUsername()).thenReturn("alice");
        when(host.facilitator.getKey()).thenReturn("JIRAUSER10100");
    }

    private static String card(String title, String team, String owner) {
        return "  - title: " + title + "\n    rollback: start it again\n    restore: page the on-call again\n"
                + "    environment: staging\n    owner: " + owner + "\n    team: " + team + "\n";
    }

    private String key(String title) {
        return jira.issues.values().stream().filter(i -> i.summary().equals(title)).findFirst().orElseThrow().key();
    }

    private void notAnAdministrator() {
        when(host.permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, host.project, host.facilitator)).thenReturn(false);
    }

    private ChaosDayCalls.Answer log(String experiment, String body) {
        ChaosDayCalls.Answer answer = calls.log("CHAOS", experiment, body);
        contract.assertAccepts(Request.Method.POST, "/project/CHAOS/experiments/" + experiment + "/log", body, answer.status(),
                answer.json());
        return answer;
    }

    private static JsonNode json(ChaosDayCalls.Answer answer) throws Exception {
        return new ObjectMapper().readTree(answer.json());
    }

    private List<Comment> comments(String key) {
        return jira.comments.getOrDefault(key, List.of());
    }

    @Test
    public void theOwnerStartsLogsAndStopsTheirExperimentAndEachAnswerIsTheDayAsItThenStands() throws Exception {
        notAnAdministrator();

        ChaosDayCalls.Answer started = log(payments, "{\"kind\":\"start\",\"at\":\"10:02\"}");
        ChaosDayCalls.Answer detected = log(payments, "{\"kind\":\"detected\",\"text\":\"Latency alert fired\",\"at\":\"10:04\"}");
        ChaosDayCalls.Answer stopped = log(payments, "{\"kind\":\"stop\",\"at\":\"10:15\"}");

        assertEquals(started.json(), 200, started.status());
        assertEquals("10:02", json(started).path("written").path("time").asText());
        JsonNode running = json(detected).path("day").path("experiments").get(0);
        assertEquals(payments, running.path("key").asText());
        assertEquals("running", running.path("state").asText());
        assertEquals("page the on-call again", running.path("putBack").asText());
        assertEquals("Europe/Berlin", json(detected).path("day").path("zone").asText());
        assertEquals("[\"start\", \"detected\"]", running.path("entries").findValues("kind").toString());
        assertEquals("Latency alert fired", running.path("entries").get(1).path("text").asText());
        assertEquals("10:04", running.path("entries").get(1).path("time").asText());
        assertEquals("Alice", running.path("entries").get(1).path("author").asText());
        JsonNode over = json(stopped).path("day").path("experiments").get(0);
        assertEquals("stopped", over.path("state").asText());
        assertTrue("nothing to put back once stopped", over.path("putBack").isMissingNode());
        assertEquals(13, over.path("minutes").asInt());
        RunLog written = RunLog.of(comments(payments));
        assertEquals(RunLog.State.STOPPED, written.state());
        assertEquals(Optional.of(java.time.Duration.ofMinutes(2)), written.timeToDetect());
    }

    @Test
    public void sendingTheSameEntryAgainWritesNothingMore() throws Exception {
        log(payments, "{\"kind\":\"start\",\"at\":\"10:02\"}");
        log(payments, "{\"kind\":\"note\",\"text\":\"Dashboards slow\",\"at\":\"10:03\"}");

        ChaosDayCalls.Answer again = log(payments, "{\"kind\":\"note\",\"text\":\"Dashboards slow\",\"at\":\"10:03\"}");

        assertTrue(json(again).path("written").path("alreadyThere").asBoolean());
        assertEquals(2, comments(payments).size());
    }

    @Test
    public void someoneWhoNeitherOwnsTheExperimentNorAdministersTheProjectIsRefusedAndNothingIsWritten() throws Exception {
        notAnAdministrator();

        ChaosDayCalls.Answer refused = log(search, "{\"kind\":\"start\"}");

        assertEquals(refused.json(), 403, refused.status());
        assertEquals("FORBIDDEN", json(refused).path("code").asText());
        assertEquals("Only the owner of " + search + " (bob) or an administrator of project CHAOS can write its run log; ask one of them.",
                json(refused).path("message").asText());
        assertTrue(comments(search).isEmpty());
        JsonNode day = json(calls.getDay("CHAOS"));
        assertEquals("[true, false]", day.path("experiments").findValues("mayWrite").toString());
    }

    @Test
    public void aProjectAdministratorRunsAnyExperiment() throws Exception {
        ChaosDayCalls.Answer started = log(search, "{\"kind\":\"start\",\"at\":\"10:02\"}");

        assertEquals(started.json(), 200, started.status());
        assertEquals(RunLog.State.RUNNING, RunLog.of(comments(search)).state());
        assertEquals("[true, true]", json(calls.getDay("CHAOS")).path("experiments").findValues("mayWrite").toString());
    }

    @Test
    public void anIsolatedExperimentDoesNotStartWhileAnotherRunsInItsEnvironmentUnlessForced() throws Exception {
        log(payments, "{\"kind\":\"start\",\"at\":\"10:02\"}");

        ChaosDayCalls.Answer refused = log(search, "{\"kind\":\"start\",\"at\":\"10:05\"}");
        ChaosDayCalls.Answer forced = log(search, "{\"kind\":\"start\",\"at\":\"10:05\",\"force\":true}");

        assertEquals(refused.json(), 409, refused.status());
        assertTrue(refused.json(), json(refused).path("message").asText().contains(payments + " 'Payments loses its database'"));
        assertEquals(200, forced.status());
        assertEquals(payments + " 'Payments loses its database'", json(forced).path("written").path("overridden").get(0).asText());
    }

    @Test
    public void aHaltWithoutAReasonOrAnEntryOfNoKnownKindIsBadInputNamingTheField() throws Exception {
        log(payments, "{\"kind\":\"start\",\"at\":\"10:02\"}");

        for (String[] bad : new String[][] {{"{\"kind\":\"halt\"}", "text"}, {"{\"kind\":\"paused\"}", "kind"},
                {"{\"kind\":\"note\",\"text\":\"x\",\"at\":\"25:00\"}", "at"}}) {
            ChaosDayCalls.Answer answer = calls.log("CHAOS", payments, bad[0]);
            assertEquals(answer.json(), 400, answer.status());
            assertEquals(bad[0], bad[1], json(answer).path("field").asText());
        }
        assertEquals(1, comments(payments).size());
    }

    @Test
    public void theDayAnswersAsTheDocumentSaysAndLogsNothingOnAnExperimentNotStarted() throws Exception {
        ChaosDayCalls.Answer day = calls.getDay("CHAOS");
        contract.assertAccepts(Request.Method.GET, "/project/CHAOS/day", null, day.status(), day.json());
        assertEquals("[\"not-started\", \"not-started\"]", json(day).path("experiments").findValues("state").toString());
        assertEquals("Search loses its <cache>", json(day).path("experiments").get(1).path("title").asText());

        ChaosDayCalls.Answer early = log(payments, "{\"kind\":\"detected\",\"text\":\"odd\"}");
        assertEquals(early.json(), 409, early.status());
        assertFalse(json(early).path("message").asText().isEmpty());
    }

    @Test
    public void anExperimentThatIsNotOneOfTheChaosDaysIsNotFound() throws Exception {
        ChaosDayCalls.Answer missing = log("CHAOS-999", "{\"kind\":\"start\"}");

        assertEquals(missing.json(), 404, missing.status());
    }
}
