package io.chaosday.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.jira.FailureLog;
import io.chaosday.jira.ProjectTasks;
import io.chaosday.jira.TaskThreads;
import io.chaosday.jira.link.ConfluenceConnections;
import io.chaosday.jira.link.FallbackSettings;
import io.chaosday.jira.tracker.ProjectMark;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.FakeIssueTracker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.AdditionalAnswers;

/**
 * A save that creates and moves tickets runs as the project's background task: the request is
 * answered 202 with the task, the task's progress and then its answer are read back by project, and
 * a second request while it runs is told "busy" with the progress so far. The task threads are held
 * by the test, so each state is seen for certain, never by timing.
 */
public class LongWorkInTheBackgroundTest {

    private static final String FOUR_TEAMS = "{\"chaosDay\":\"2027-03-17\",\"teams\":[\"Team 1\",\"Team 2\",\"Team 3\",\"Team 4\"]}";
    private static final Clock NOW = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);

    private final FacilitatorInJira host = new FacilitatorInJira();
    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final TaskThreads.Held threads = new TaskThreads.Held();
    private final ProjectTasks tasks = new ProjectTasks(threads, NOW);
    private final ChaosDayRestContract contract = new ChaosDayRestContract();
    private final List<JsonNode> seenWhileCreating = new ArrayList<>();
    private ChaosDayCalls calls;

    @Before
    public void aChaosDayForTwoTeamsInProjectChaos() {
        ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1,
                List.of("Team 1", "Team 2"), WorkingCalendar.mondayToFriday()));
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false), Progress.SILENT);
        // Jira's tracker tells the engine's progress seam how far its batch got; what the page would read then is kept.
        IssueTracker tracker = mock(IssueTracker.class, AdditionalAnswers.delegatesTo(jira));
        doAnswer(call -> {
            List<NewIssue> batch = call.getArgument(1);
            Progress progress = call.getArgument(2);
            progress.update("Creating issues", 0, batch.size());
            seenWhileCreating.add(body(calls.getTask("CHAOS")));
            return jira.createIssues(call.getArgument(0), batch, progress);
        }).when(tracker).createIssues(anyString(), any(), any());
        PluginSettingsFactory settings = mock(PluginSettingsFactory.class);
        when(settings.createGlobalSettings()).thenReturn(mock(PluginSettings.class));
        ConfluenceConnections confluence = new ConfluenceConnections(mock(ApplicationLinkService.class), new FallbackSettings(settings));
        calls = new ChaosDayCalls(host.authentication, host.permissions, host.projects, tracker, host.locks, host.i18n, confluence,
                host.application, NOW, new ProjectMark(host.properties), FailureLog.of(getClass()), tasks, Duration.ZERO);
    }

    @Test
    public void aLongSaveIsAnsweredAcceptedThenItsProgressThenItsAnswerAreReadBackByProject() throws Exception {
        ChaosDayCalls.Answer accepted = calls.putDefinition("CHAOS", FOUR_TEAMS);

        assertEquals(202, accepted.status());
        contract.assertAccepts(Request.Method.PUT, "/project/CHAOS/definition", FOUR_TEAMS, 202, accepted.json());
        assertEquals("RUNNING", body(accepted).path("task").path("state").asText());
        assertEquals("reschedule", body(accepted).path("task").path("kind").asText());
        assertEquals("nothing made yet", jira.issues.size(), issuesOfTwoTeams());

        threads.runAll();

        JsonNode whileCreating = seenWhileCreating.get(0).path("task");
        assertEquals("RUNNING", whileCreating.path("state").asText());
        assertEquals("Creating issues", whileCreating.path("step").asText());
        assertTrue(whileCreating.toString(), whileCreating.path("total").asInt() > 0);
        ChaosDayCalls.Answer afterwards = calls.getTask("CHAOS");
        contract.assertAccepts(Request.Method.GET, "/project/CHAOS/task", null, 200, afterwards.json());
        JsonNode task = body(afterwards).path("task");
        assertEquals("DONE", task.path("state").asText());
        assertEquals(200, task.path("answer").path("status").asInt());
        assertTrue("the tickets of the two teams added were made: " + task,
                task.path("answer").path("body").path("created").size() >= 4);
        verify(host.lock).tryLock();
        verify(host.authentication, org.mockito.Mockito.atLeastOnce()).setLoggedInUser(host.facilitator);
    }

    @Test
    public void aSecondRequestWhileOneRunsIsBusyWithTheProgressSoFar() throws Exception {
        calls.putDefinition("CHAOS", FOUR_TEAMS);

        ChaosDayCalls.Answer busy = calls.putDefinition("CHAOS", FOUR_TEAMS);

        assertEquals(409, busy.status());
        contract.assertAccepts(Request.Method.PUT, "/project/CHAOS/definition", FOUR_TEAMS, 409, busy.json());
        assertEquals("BUSY", body(busy).path("code").asText());
        assertEquals("RUNNING", body(busy).path("task").path("state").asText());
        assertEquals("the save still runs alone", 1, threads.waiting());
    }

    @Test
    public void onceTheTaskIsDoneTheNextRequestRunsAgain() throws Exception {
        calls.putDefinition("CHAOS", FOUR_TEAMS);
        threads.runAll();

        ChaosDayCalls.Answer again = calls.putDefinition("CHAOS", FOUR_TEAMS);

        assertEquals(202, again.status());
        assertEquals(1, threads.waiting());
    }

    @Test
    public void aProjectWithNoTaskSaysSo() throws Exception {
        ChaosDayCalls.Answer none = calls.getTask("CHAOS");

        assertEquals(200, none.status());
        contract.assertAccepts(Request.Method.GET, "/project/CHAOS/task", null, 200, none.json());
        assertTrue(body(none).path("task").isNull());
    }

    @Test
    public void aTaskCutShortByThePluginStoppingIsNeverLeftRunning() {
        threads.shutdownNow();

        try {
            calls.putDefinition("CHAOS", FOUR_TEAMS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the plugin is being disabled: Jira answers the request itself
        }

        assertEquals("DONE", tasks.latest("CHAOS").map(t -> t.running() ? "RUNNING" : "DONE").orElseThrow());
    }

    private int issuesOfTwoTeams() {
        return jira.issues.size();
    }

    private static JsonNode body(ChaosDayCalls.Answer answer) {
        try {
            return new ObjectMapper().readTree(answer.json());
        } catch (Exception e) {
            throw new AssertionError(answer.json(), e);
        }
    }
}
