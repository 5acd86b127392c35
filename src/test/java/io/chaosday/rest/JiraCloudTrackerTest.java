package io.chaosday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.chaosday.http.BoundedParallel;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.DueDateChange;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.NewProject;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.chaosday.rest.JiraFixtures.SPRING;
import static io.chaosday.rest.JiraFixtures.answer;
import static io.chaosday.rest.JiraFixtures.bulkCreated;
import static io.chaosday.rest.JiraFixtures.epic;
import static io.chaosday.rest.JiraFixtures.experiment;
import static io.chaosday.rest.JiraFixtures.ok;
import static io.chaosday.rest.JiraFixtures.task;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class JiraCloudTrackerTest {

    @Rule
    public final ContractCheckedWireMock jira = new ContractCheckedWireMock(OpenApiContract.jiraCloud());

    private JiraRestTracker tracker;

    @Before
    public void connect() {
        RestClient client = RestClient.builder(jira.base(), Secrets.BASIC).sleeper(new RecordingSleeper()).build();
        tracker = new JiraRestTracker(client, new JiraApi(jira.base(), JiraApi.Deployment.CLOUD), new BoundedParallel());
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/project/CHAOS")).willReturn(ok("cloud/project-CHAOS.json")));
    }

    @Test
    public void issuesAreFoundByNextPageTokenWithTheirIdentityFromTheSearch() throws Exception {
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(matchingJsonPath("$.nextPageToken", absent())).willReturn(ok("cloud/search-jql-page1.json")));
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("page-2 token/+=")))
                .willReturn(ok("cloud/search-jql-page2.json")));

        List<TrackedIssue> issues = tracker.findIssues("CHAOS", "chaos-day-spring");

        assertEquals(List.of("CHAOS-1", "CHAOS-2", "CHAOS-3"), issues.stream().map(TrackedIssue::key).toList());
        assertEquals(IssueKind.EPIC, issues.get(0).kind());
        assertEquals(Optional.of(IssueIdentity.ofEpic(SPRING, io.chaosday.plan.Phase.PLAN)), issues.get(0).identity());
        TrackedIssue experiment = issues.get(1);
        assertEquals(IssueKind.EXPERIMENT, experiment.kind());
        assertEquals(Optional.of("CHAOS-1"), experiment.epicKey());
        assertTrue(experiment.done());
        assertEquals(Optional.of("Grace"), experiment.assignee());
        assertEquals(Optional.empty(), issues.get(2).identity());
        JsonNode first = body(jira.received().get(0));
        assertEquals("io.chaosday.identity", first.path("properties").get(0).asText());
        assertTrue(first.path("fields").toString().contains("parent"));
    }

    @Test
    public void issuesAreCreatedWithDocumentFormatParentExperimentTypeAndIdentityObject() throws Exception {
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/3/issue/bulk")).willReturn(bulkCreated(3, 1)));

        List<TrackedIssue> created = tracker.createIssues("CHAOS",
                List.of(epic("plan"), task("kickoff/Team 1", "Kick-off", "CHAOS-1"), experiment("cache", "CHAOS-1")),
                io.chaosday.tracker.Progress.SILENT);

        assertEquals(List.of("CHAOS-1", "CHAOS-2", "CHAOS-3"), created.stream().map(TrackedIssue::key).toList());
        JsonNode updates = body(jira.received().get(jira.received().size() - 1)).path("issueUpdates");
        JsonNode epicFields = updates.get(0).path("fields");
        assertEquals("10004", epicFields.path("issuetype").path("id").asText());
        assertEquals("doc", epicFields.path("description").path("type").asText());
        assertEquals("Why", epicFields.path("description").path("content").get(0).path("content").get(0).path("text").asText());
        assertFalse(epicFields.has("parent"));
        assertEquals("CHAOS-1", updates.get(1).path("fields").path("parent").path("key").asText());
        assertEquals("10006", updates.get(2).path("fields").path("issuetype").path("id").asText());
        assertFalse(updates.get(2).path("fields").path("labels").toString().contains("chaos-experiment"));
        assertEquals("kickoff/Team 1", updates.get(1).path("properties").get(0).path("value").path("item").asText());
    }

    @Test
    public void aProjectIsLedByTheCallersAccountWhenNoLeadIsGiven() throws Exception {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/myself")).willReturn(ok("cloud/myself.json")));
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/3/project")).willReturn(answer(201, "dc/project-created.json")));

        tracker.createProject(new NewProject("CHAOS", "Chaos Day 2025", Optional.empty()));

        JsonNode sent = body(jira.received().get(jira.received().size() - 1));
        assertEquals("5b10ac8d82e05b22cc7d4ef5", sent.path("leadAccountId").asText());
        assertEquals(JiraProjects.CLOUD_TEMPLATE, sent.path("projectTemplateKey").asText());
    }

    @Test
    public void dueDatesAreMovedThroughVersionThree() {
        jira.server().stubFor(put(urlPathEqualTo("/rest/api/3/issue/CHAOS-2")).willReturn(aResponse().withStatus(204)));

        tracker.changeDueDates(List.of(new DueDateChange("CHAOS-2", Optional.empty(), LocalDate.of(2025, 4, 17))),
                io.chaosday.tracker.Progress.SILENT);

        assertEquals("{\"fields\":{\"duedate\":\"2025-04-17\"}}", jira.received().get(0).getBodyAsString());
    }

    @Test
    public void rejectedCloudCredentialsPointAtTheApiToken() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/project/SECRET")).willReturn(aResponse().withStatus(401)));

        TrackerException e = assertThrows(TrackerException.class, () -> tracker.findProject("SECRET"));

        assertEquals(TrackerException.Kind.UNAUTHORISED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().startsWith(
                "Jira did not accept JIRA_USER and the token in JIRA_TOKEN (an API token from id.atlassian.com) (401)"));
        Secrets.assertNoToken(e);
    }

    private static JsonNode body(LoggedRequest request) throws Exception {
        return new ObjectMapper().readTree(request.getBodyAsString());
    }
}
