package io.chaosday.jira.rest;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.confluence.ConfluenceApplicationType;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.jira.ProjectLock;
import io.chaosday.jira.link.ConfluenceConnections;
import io.chaosday.jira.link.FallbackSettings;
import io.chaosday.jira.page.PropertiesI18n;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.FakeIssueTracker;
import org.junit.Before;
import org.junit.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ChaosDayCallsTest {

    private static final URI AUTHORISE = URI.create("https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?applicationLinkID=7");
    private static final String NEW_DATE = "{\"chaosDay\":\"2027-03-17\",\"teams\":[\"Team 1\",\"Team 2\"]}";

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final FacilitatorInJira host = new FacilitatorInJira();
    private final JiraAuthenticationContext authentication = host.authentication;
    private final PermissionManager permissions = host.permissions;
    private final ProjectManager projects = host.projects;
    private final ClusterLockService locks = host.locks;
    private final ClusterLock lock = host.lock;
    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final ApplicationUser facilitator = host.facilitator;
    private final Project project = host.project;
    private final PropertiesI18n words = host.words;
    private final ChaosDayRestContract contract = new ChaosDayRestContract();
    private ChaosDayCalls resource;

    @Before
    public void aChaosDayInProjectChaosThatTheFacilitatorAdministers() {
        ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1,
                List.of("Team 1", "Team 2"), WorkingCalendar.mondayToFriday()));
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false), Progress.SILENT);
        PluginSettings settings = mock(PluginSettings.class);
        PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
        when(settingsFactory.createGlobalSettings()).thenReturn(settings);
        ConfluenceConnections confluence = new ConfluenceConnections(links, new FallbackSettings(settingsFactory));
        resource = host.resource(jira, confluence, Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC));
    }

    private static JsonNode body(ChaosDayCalls.Answer response) throws Exception {
        return new ObjectMapper().readTree(response.json());
    }

    private void assertAnswers(Request.Method method, String path, String request, ChaosDayCalls.Answer response) {
        contract.assertAccepts(method, path, request, response.status(), response.json());
    }

    @Test
    public void theDefinitionIsReadByAnyoneWhoMayBrowseTheProject() throws Exception {
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, facilitator)).thenReturn(false);

        ChaosDayCalls.Answer response = resource.getDefinition("CHAOS");

        assertEquals(200, response.status());
        JsonNode definition = body(response);
        assertEquals("2027-03-10", definition.get("chaosDay").asText());
        assertEquals("[\"Team 1\",\"Team 2\"]", definition.get("teams").toString());
        assertEquals("[\"SAT\",\"SUN\"]", definition.get("weekend").toString());
        assertAnswers(Request.Method.GET, "/project/CHAOS/definition", null, response);
    }

    @Test
    public void aDryRunShowsWhatWouldMoveAndChangesNothing() throws Exception {
        LocalDate before = jira.byItem("chaos-day").due().orElseThrow();

        ChaosDayCalls.Answer response = resource.reschedule("CHAOS", true, NEW_DATE);

        assertEquals(200, response.status());
        JsonNode answer = body(response);
        assertTrue(answer.get("dryRun").asBoolean());
        assertEquals(16, answer.get("moves").size());
        assertEquals(Optional.of(before), jira.byItem("chaos-day").due());
        verify(lock, never()).tryLock();
        assertAnswers(Request.Method.POST, "/project/CHAOS/reschedule?dryRun=true", NEW_DATE, response);
    }

    @Test
    public void savingTheDefinitionMovesTheOpenTicketsUnderTheProjectsLock() throws Exception {
        ChaosDayCalls.Answer response = resource.putDefinition("CHAOS", NEW_DATE);

        assertEquals(200, response.status());
        assertFalse(body(response).get("dryRun").asBoolean());
        assertEquals(Optional.of(LocalDate.parse("2027-03-17")), jira.byItem("chaos-day").due());
        verify(lock).tryLock();
        verify(lock).unlock();
        assertEquals("2027-03-17", body(resource.getDefinition("CHAOS")).get("chaosDay").asText());
        assertAnswers(Request.Method.PUT, "/project/CHAOS/definition", NEW_DATE, response);
    }

    @Test
    public void savingSixTeamsOverAOneTeamChaosDayCreatesEachTeamsTicketsAndListsThem() throws Exception {
        FakeIssueTracker fromTemplate = new FakeIssueTracker().withProject("CHAOS");
        ChaosDayDefinition provisional = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1,
                ChaosDaySpec.numberedTeams(1), WorkingCalendar.mondayToFriday()));
        new CreateChaosDay(fromTemplate).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), provisional, false), Progress.SILENT);
        ChaosDayCalls page = host.resource(fromTemplate, mock(io.chaosday.jira.link.ConfluenceForPublishing.class),
                Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC));
        String sixTeams = "{\"chaosDay\":\"2027-03-17\",\"teams\":[\"Team 1\",\"Team 2\",\"Team 3\",\"Team 4\",\"Team 5\",\"Team 6\"]}";
        int before = fromTemplate.issues.size();

        ChaosDayCalls.Answer preview = page.reschedule("CHAOS", true, sixTeams);
        assertEquals(preview.json(), 200, preview.status());
        assertEquals("6 kick-offs, 6 reviews and the team-of-teams review", 13, body(preview).path("wouldCreate").size());
        assertEquals("a preview creates nothing", before, fromTemplate.issues.size());
        assertAnswers(Request.Method.POST, "/project/CHAOS/reschedule?dryRun=true", sixTeams, preview);

        ChaosDayCalls.Answer saved = page.putDefinition("CHAOS", sixTeams);
        assertEquals(saved.json(), 200, saved.status());
        JsonNode answer = body(saved);
        assertEquals(13, answer.path("created").size());
        List<String> items = fromTemplate.issues.values().stream().map(i -> i.identity().orElseThrow().item().key()).toList();
        for (int team = 1; team <= 6; team++) {
            assertTrue(items.toString(), items.contains("kickoff/Team " + team) && items.contains("review/Team " + team));
        }
        String created = answer.path("created").toString();
        assertTrue(created, created.contains("https://jira.example.com/browse/CHAOS-"));
        assertEquals("the one-team kick-off and review are listed and kept", 2, answer.path("notInPlan").size());
        assertEquals(before + 13, fromTemplate.issues.size());
        assertAnswers(Request.Method.PUT, "/project/CHAOS/definition", sixTeams, saved);

        ChaosDayCalls.Answer again = page.putDefinition("CHAOS", sixTeams);
        assertEquals("saving again creates nothing", 0, body(again).path("created").size());
        assertEquals(before + 13, fromTemplate.issues.size());
    }

    @Test
    public void aChaosDayCutShortBeforeItsFirstEpicIsFinishedBySavingItsDefinition() throws Exception {
        FakeIssueTracker empty = new FakeIssueTracker().withProject("CHAOS");
        ChaosDayDefinition provisional = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1,
                ChaosDaySpec.numberedTeams(1), WorkingCalendar.mondayToFriday())).withProvisional(true);
        new io.chaosday.jira.tracker.ProjectMark(host.properties).write(facilitator, 10L, new io.chaosday.jira.tracker.ProjectMark.Mark(
                io.chaosday.tracker.ChaosDayId.fromName("Chaos Day"), provisional, java.util.Map.of()));
        ChaosDayCalls page = host.resource(empty, mock(io.chaosday.jira.link.ConfluenceForPublishing.class),
                Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC));
        String asItStands = "{\"chaosDay\":\"2027-03-10\",\"teams\":[\"Team 1\"]}";

        ChaosDayCalls.Answer finished = page.putDefinition("CHAOS", asItStands);

        assertEquals(finished.json(), 200, finished.status());
        int planned = io.chaosday.workflow.PlannedIssues.of(provisional, io.chaosday.tracker.ChaosDayId.fromName("Chaos Day")).size();
        assertEquals(planned, body(finished).path("created").size());
        assertEquals(planned, empty.issues.size());
        ChaosDayCalls.Answer definition = page.getDefinition("CHAOS");
        assertFalse("the date is confirmed by saving", body(definition).path("provisional").asBoolean());
        assertAnswers(Request.Method.PUT, "/project/CHAOS/definition", asItStands, finished);
    }

    @Test
    public void statusAndExperimentsAnswerAsTheDocumentSays() {
        ChaosDayCalls.Answer status = resource.getStatus("CHAOS");
        ChaosDayCalls.Answer experiments = resource.getExperiments("CHAOS");

        assertEquals(200, status.status());
        assertEquals(200, experiments.status());
        assertAnswers(Request.Method.GET, "/project/CHAOS/status", null, status);
        assertAnswers(Request.Method.GET, "/project/CHAOS/experiments", null, experiments);
    }

    @Test
    public void theGoNoGoChecklistNamesTheTeamWithoutAnExperimentInTheUsersWords() throws Exception {
        new io.chaosday.workflow.ChaosDayExperiments(jira).add("CHAOS", jira.byItem("epic/execute").identity().orElseThrow().chaosDay(),
                io.chaosday.workflow.ExperimentsFile.parse("experiments:\n  - title: Team 1 loses its cache\n    rollback: restart it\n"
                        + "    owner: Alice\n    team: Team 1\n", "experiments.yaml"), false, Progress.SILENT);
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, facilitator)).thenReturn(false);

        ChaosDayCalls.Answer ready = resource.getReady("CHAOS");

        assertEquals(200, ready.status());
        JsonNode checklist = body(ready);
        assertFalse(checklist.path("go").asBoolean(true));
        JsonNode teams = checklist.path("checks").get(0);
        assertEquals("Every team has an experiment", teams.path("title").asText());
        assertEquals("[\"The team Team 2 has no experiment.\"]", teams.path("problems").toString());
        assertEquals("Add an experiment for each team named.", teams.path("toDo").asText());
        assertTrue(checklist.path("checks").get(1).path("problems").get(0).asText().contains("does not say: failure: what"));
        assertAnswers(Request.Method.GET, "/project/CHAOS/ready", null, ready);
    }

    @Test
    public void someoneWhoMayOnlyBrowseCannotChangeTheDefinition() throws Exception {
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, facilitator)).thenReturn(false);

        ChaosDayCalls.Answer response = resource.putDefinition("CHAOS", NEW_DATE);

        assertEquals(403, response.status());
        assertEquals("FORBIDDEN", body(response).get("code").asText());
        assertEquals(Optional.of(LocalDate.parse("2027-03-10")), jira.byItem("chaos-day").due());
        assertAnswers(Request.Method.PUT, "/project/CHAOS/definition", NEW_DATE, response);
    }

    @Test
    public void someoneWhoCannotBrowseTheProjectCannotReadIt() throws Exception {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, facilitator)).thenReturn(false);

        ChaosDayCalls.Answer response = resource.getStatus("CHAOS");

        assertEquals(403, response.status());
        assertEquals(words.getText("chaosday.rest.error.browse", "CHAOS"), body(response).get("message").asText());
        assertAnswers(Request.Method.GET, "/project/CHAOS/status", null, response);
    }

    @Test
    public void aDateThatIsNotAWorkingDayIsBadInputNamingTheField() throws Exception {
        String saturday = "{\"chaosDay\":\"2027-03-13\",\"teams\":[\"Team 1\"]}";

        ChaosDayCalls.Answer response = resource.reschedule("CHAOS", true, saturday);

        assertEquals(400, response.status());
        assertEquals("chaosDay", body(response).get("field").asText());
        assertAnswers(Request.Method.POST, "/project/CHAOS/reschedule?dryRun=true", saturday, response);
    }

    @Test
    public void aBodyThatIsNotJsonIsBadInputAndChangesNothing() throws Exception {
        ChaosDayCalls.Answer response = resource.putDefinition("CHAOS", "{\"chaosDay\": 2027-03-17");

        assertEquals(400, response.status());
        assertEquals("INVALID_REQUEST", body(response).get("code").asText());
        assertEquals(Optional.of(LocalDate.parse("2027-03-10")), jira.byItem("chaos-day").due());
        contract.assertAccepts(Request.Method.PUT, "/project/CHAOS/definition", NEW_DATE, 400, response.json());
    }

    @Test
    public void aRescheduleWhileAnotherHoldsTheProjectsLockIsBusyAndMovesNothing() throws Exception {
        when(lock.tryLock()).thenReturn(false);

        ChaosDayCalls.Answer response = resource.reschedule("CHAOS", false, NEW_DATE);

        assertEquals(409, response.status());
        assertEquals("BUSY", body(response).get("code").asText());
        assertEquals(Optional.of(LocalDate.parse("2027-03-10")), jira.byItem("chaos-day").due());
        verify(lock, never()).unlock();
        assertAnswers(Request.Method.POST, "/project/CHAOS/reschedule", NEW_DATE, response);
    }

    @Test
    public void publishingWithoutAnyConfluenceSaysSo() throws Exception {
        String request = "{\"spaceKey\":\"OPS\"}";

        ChaosDayCalls.Answer response = resource.publish("CHAOS", request);

        assertEquals(409, response.status());
        assertEquals("CONFLUENCE_NOT_CONFIGURED", body(response).get("code").asText());
        assertAnswers(Request.Method.POST, "/project/CHAOS/publish", request, response);
    }

    @Test
    public void publishingThroughTheFallbackTokenGoesOnlyToTheSpacesAnAdministratorAllowed() throws Exception {
        java.util.Map<String, Object> stored = new java.util.HashMap<>();
        PluginSettings settings = mock(PluginSettings.class);
        when(settings.get(anyString())).thenAnswer(call -> stored.get(call.<String>getArgument(0)));
        when(settings.put(anyString(), any())).thenAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        FallbackSettings fallback = new FallbackSettings(factory);
        fallback.save("https://confluence.example.com", "owner-token", "ENG, OPS");
        ChaosDayCalls page = host.resource(jira, new ConfluenceConnections(links, fallback),
                Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC));
        String request = "{\"spaceKey\":\"HR\"}";

        ChaosDayCalls.Answer response = page.publish("CHAOS", request);

        assertEquals(response.json(), 403, response.status());
        assertEquals("spaceKey", body(response).get("field").asText());
        assertTrue(response.json(), body(response).get("message").asText().contains("ENG, OPS"));
        assertFalse("the token is never in an answer", response.json().contains("owner-token"));
        verify(lock, never()).tryLock();
        assertAnswers(Request.Method.POST, "/project/CHAOS/publish", request, response);
    }

    @Test
    public void publishingBeforeAuthorisingTheLinkAnswersWithTheAuthorisationAddress() throws Exception {
        ApplicationLink link = mock(ApplicationLink.class);
        ApplicationLinkRequestFactory requests = mock(ApplicationLinkRequestFactory.class);
        when(link.getName()).thenReturn("Team wiki");
        when(link.getDisplayUrl()).thenReturn(URI.create("https://wiki.example.com"));
        when(link.createAuthenticatedRequestFactory()).thenReturn(requests);
        when(links.getPrimaryApplicationLink(ConfluenceApplicationType.class)).thenReturn(link);
        when(requests.createRequest(any(com.atlassian.sal.api.net.Request.MethodType.class), anyString()))
                .thenThrow(new CredentialsRequiredException(requests, "no token"));
        when(requests.getAuthorisationURI()).thenReturn(AUTHORISE);
        String request = "{\"spaceKey\":\"OPS\"}";

        ChaosDayCalls.Answer response = resource.publish("CHAOS", request);

        assertEquals(409, response.status());
        JsonNode answer = body(response);
        assertEquals("CONFLUENCE_AUTHORISATION_REQUIRED", answer.get("code").asText());
        assertEquals(AUTHORISE.toString(), answer.get("authorisationUri").asText());
        verify(locks, never()).getLockForName(eq(ProjectLock.name("CHAOS")));
        assertAnswers(Request.Method.POST, "/project/CHAOS/publish", request, response);
    }

    @Test
    public void aPublishRequestWithoutASpaceIsBadInput() throws Exception {
        ChaosDayCalls.Answer response = resource.publish("CHAOS", "{\"force\":true}");

        assertEquals(400, response.status());
        assertEquals("spaceKey", body(response).get("field").asText());
        contract.assertAccepts(Request.Method.POST, "/project/CHAOS/publish", "{\"spaceKey\":\"OPS\"}", 400,
                response.json());
    }

    @Test
    public void anUnknownProjectIsNotFound() throws Exception {
        ChaosDayCalls.Answer response = resource.getDefinition("NOPE");

        assertEquals(404, response.status());
        assertAnswers(Request.Method.GET, "/project/NOPE/definition", null, response);
    }
}
