package io.chaosday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.NewProject;
import io.chaosday.tracker.Project;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.chaosday.rest.JiraFixtures.SPRING;
import static io.chaosday.rest.JiraFixtures.answer;
import static io.chaosday.rest.JiraFixtures.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class JiraDataCenterReadTest {

    @Rule
    public final ContractCheckedWireMock jira = new ContractCheckedWireMock(OpenApiContract.jiraDataCenter());

    private JiraRestTracker tracker;

    @Before
    public void connect() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/serverInfo")).willReturn(ok("dc/serverInfo.json")));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/field")).willReturn(ok("dc/field.json")));
        RestClient client = RestClient.builder(jira.base(), Secrets.BEARER).sleeper(new RecordingSleeper()).build();
        tracker = JiraRestTracker.connect(client);
    }

    @Test
    public void anExistingProjectIsFoundWithItsBrowseLink() {
        JiraFixtures.dataCenterProject(jira.server(), "CHAOS");

        Project project = tracker.findProject("CHAOS").orElseThrow();

        assertEquals(new Project("CHAOS", "Chaos Day 2025", URI.create(jira.base() + "/browse/CHAOS")), project);
    }

    @Test
    public void aMissingProjectIsNotFound() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/project/NOPE")).willReturn(aResponse().withStatus(404)));

        assertEquals(Optional.empty(), tracker.findProject("NOPE"));
    }

    @Test
    public void aProjectIsCreatedFromTheScrumTemplateLedByTheCaller() throws Exception {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/myself")).willReturn(ok("dc/myself.json")));
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/project")).willReturn(answer(201, "dc/project-created.json")));

        Project project = tracker.createProject(new NewProject("CHAOS", "Chaos Day 2025", Optional.empty()));

        assertEquals("CHAOS", project.key());
        JsonNode sent = sentTo("/rest/api/2/project");
        assertEquals("facilitator", sent.path("lead").asText());
        assertEquals("software", sent.path("projectTypeKey").asText());
        assertEquals(JiraProjects.DATA_CENTER_TEMPLATE, sent.path("projectTemplateKey").asText());
    }

    @Test
    public void aProjectKeyJiraRejectsIsRejectedInJirasOwnWords() {
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/project")).willReturn(answer(400, "dc/project-key-rejected.json")));

        TrackerException e = assertThrows(TrackerException.class,
                () -> tracker.createProject(new NewProject("chaos", "Chaos", Optional.of("ada"))));

        assertEquals(TrackerException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("projectKey: Project keys must start with an uppercase letter"));
    }

    @Test
    public void issuesAreFoundPageByPageWithTheirIdentityStatusAndEpic() {
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/search"))
                .withRequestBody(matchingJsonPath("$.startAt", equalTo("0")))
                .willReturn(ok("dc/search-page1.json")));
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/search"))
                .withRequestBody(matchingJsonPath("$.startAt", equalTo("2")))
                .willReturn(ok("dc/search-page2.json")));
        for (String key : List.of("CHAOS-1", "CHAOS-2")) {
            jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/issue/" + key + "/properties/io.chaosday.identity"))
                    .willReturn(ok("dc/property-" + key + ".json")));
        }
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/issue/CHAOS-3/properties/io.chaosday.identity"))
                .willReturn(aResponse().withStatus(404)));

        List<TrackedIssue> issues = tracker.findIssues("CHAOS", "chaos-day-spring");

        assertEquals(List.of("CHAOS-1", "CHAOS-2", "CHAOS-3"), issues.stream().map(TrackedIssue::key).toList());
        TrackedIssue epic = issues.get(0);
        assertEquals(Optional.of(IssueIdentity.ofEpic(SPRING, io.chaosday.plan.Phase.PLAN)), epic.identity());
        assertEquals(IssueKind.EPIC, epic.kind());
        assertEquals(Optional.of(LocalDate.of(2025, 5, 1)), epic.due());
        assertEquals(Optional.of("Ada"), epic.assignee());
        assertFalse(epic.done());
        TrackedIssue kickoff = issues.get(1);
        assertTrue(kickoff.done());
        assertEquals("Done", kickoff.status());
        assertEquals(Optional.of("CHAOS-1"), kickoff.epicKey());
        TrackedIssue imported = issues.get(2);
        assertEquals(Optional.empty(), imported.identity());
        assertEquals(IssueKind.EXPERIMENT, imported.kind());
        assertTrue(imported.labels().contains("chaos-day-spring-imported"));
        // CHAOS-1 names its identity in a label, so its property is not read one issue at a time.
        jira.server().verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/rest/api/2/issue/CHAOS-1/properties/io.chaosday.identity")));
    }

    @Test
    public void theSearchQuotesItsValuesAndAsksForTheEpicLinkField() throws Exception {
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/search")).willReturn(
                okJson("{\"startAt\":0,\"total\":0,\"issues\":[]}")));

        tracker.findIssues("CHAOS", "odd\"label");

        JsonNode sent = sentTo("/rest/api/2/search");
        assertEquals("project = \"CHAOS\" AND labels = \"odd\\\"label\" ORDER BY key ASC", sent.path("jql").asText());
        assertTrue(sent.path("fields").toString(), sent.path("fields").toString().contains("customfield_10100"));
    }

    private JsonNode sentTo(String path) throws Exception {
        for (var request : jira.received()) {
            if (request.getUrl().startsWith(path) && !request.getMethod().getName().equals("GET")) {
                return new ObjectMapper().readTree(request.getBodyAsString());
            }
        }
        throw new AssertionError("nothing sent to " + path);
    }
}
