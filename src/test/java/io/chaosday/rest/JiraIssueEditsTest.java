package io.chaosday.rest;

import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.jiraformat.PropertyValues;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.chaosday.rest.JiraFixtures.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.SourceMarkup;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** Labels, properties, links and descriptions on Data Center, each request checked against the DC contract. */
public class JiraIssueEditsTest {

    @Rule
    public final ContractCheckedWireMock jira = new ContractCheckedWireMock(OpenApiContract.jiraDataCenter());

    private JiraRestTracker tracker;

    @Before
    public void connect() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/serverInfo")).willReturn(ok("dc/serverInfo.json")));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/field")).willReturn(ok("dc/field.json")));
        tracker = JiraRestTracker.connect(RestClient.builder(jira.base(), Secrets.BEARER).sleeper(new RecordingSleeper()).build());
    }

    @Test
    public void labelsAreAddedAndRemovedInOneUpdateLeavingOthersAlone() throws Exception {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/issue/CHAOS-7")).willReturn(okJson(
                "{\"key\":\"CHAOS-7\",\"fields\":{\"labels\":[\"chaos-day\",\"chaos-outcome-not-run\",\"team-favourite\"]}}")));
        jira.server().stubFor(put(urlPathEqualTo("/rest/api/2/issue/CHAOS-7")).willReturn(aResponse().withStatus(204)));
        tracker.changeLabels("CHAOS-7", Set.of("chaos-outcome-resolved-by-team"),
                Set.of("chaos-outcome-not-run", "chaos-outcome-resolved-by-team"));
        JsonNode labels = sent("PUT", "/rest/api/2/issue/CHAOS-7").path("fields").path("labels");
        assertEquals("[\"chaos-day\",\"chaos-outcome-resolved-by-team\",\"team-favourite\"]", labels.toString());
    }

    @Test
    public void aPropertyIsWrittenAsItsJsonValue() throws Exception {
        jira.server().stubFor(put(urlPathEqualTo("/rest/api/2/issue/CHAOS-7/properties/io.chaosday.page"))
                .willReturn(aResponse().withStatus(200)));
        tracker.setProperty("CHAOS-7", "io.chaosday.page", Map.of("pageId", "4711"));
        JsonNode sent = sent("PUT", "/rest/api/2/issue/CHAOS-7/properties/io.chaosday.page");
        assertEquals(Map.of("pageId", "4711"), PropertyValues.read(new ObjectMapper(), sent).orElseThrow());
    }

    @Test
    public void aRemoteLinkCarriesAGlobalIdSoAddingItAgainUpdatesIt() throws Exception {
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/issue/CHAOS-7/remotelink"))
                .willReturn(okJson("{\"id\":10000,\"self\":\"x\"}")));
        tracker.addRemoteLink("CHAOS-7", new RemoteLink("io.chaosday.page=CHAOS-7", URI.create("https://wiki.example/p/1"), "Review"));
        JsonNode body = sent("POST", "/rest/api/2/issue/CHAOS-7/remotelink");
        assertEquals("io.chaosday.page=CHAOS-7", body.path("globalId").asText());
        assertEquals("https://wiki.example/p/1", body.path("object").path("url").asText());
    }

    @Test
    public void relatedIssuesAreLinkedOnce() throws Exception {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/issue/CHAOS-7")).willReturn(okJson(
                "{\"key\":\"CHAOS-7\",\"fields\":{\"issuelinks\":[{\"outwardIssue\":{\"key\":\"CHAOS-30\"}}]}}")));
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/issueLink")).willReturn(aResponse().withStatus(201)));
        tracker.relate("CHAOS-7", "CHAOS-30");
        jira.server().verify(0, postRequestedFor(urlPathEqualTo("/rest/api/2/issueLink")));
        tracker.relate("CHAOS-7", "CHAOS-31");
        JsonNode body = sent("POST", "/rest/api/2/issueLink");
        assertEquals("Relates", body.path("type").path("name").asText());
        assertEquals("CHAOS-31", body.path("outwardIssue").path("key").asText());
    }

    @Test
    public void anIssueIsAssignedByUserNameAndAnUnknownUserIsSaidNotToExist() throws Exception {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/user/search")).willReturn(okJson(
                "[{\"name\":\"alice\",\"emailAddress\":\"alice@example.com\",\"displayName\":\"Alice\"}]")));
        jira.server().stubFor(put(urlPathEqualTo("/rest/api/2/issue/CHAOS-7/assignee")).willReturn(aResponse().withStatus(204)));
        jira.server().stubFor(put(urlPathEqualTo("/rest/api/2/issue/CHAOS-8/assignee")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessages\":[],\"errors\":{\"assignee\":\"User 'nobody' does not exist.\"}}")));
        assertTrue(tracker.assign("CHAOS-7", "alice"));
        assertEquals("alice", sent("PUT", "/rest/api/2/issue/CHAOS-7/assignee").path("name").asText());
        assertEquals(false, tracker.assign("CHAOS-8", "nobody"));
    }

    @Test
    public void aDescriptionComesBackAsWikiMarkup() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/issue/CHAOS-7")).willReturn(okJson(
                "{\"key\":\"CHAOS-7\",\"fields\":{\"description\":\"h2. Summary\\nIt went fine.\"}}")));
        assertEquals(Optional.of(new IssueDescription(SourceMarkup.WIKI, "h2. Summary\nIt went fine.")),
                tracker.description("CHAOS-7"));
    }

    @Test
    public void anIssueWithoutADescriptionHasNone() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/issue/CHAOS-8")).willReturn(okJson(
                "{\"key\":\"CHAOS-8\",\"fields\":{\"description\":null}}")));
        assertEquals(Optional.empty(), tracker.description("CHAOS-8"));
    }

    private JsonNode sent(String method, String path) throws Exception {
        for (var request : jira.received()) {
            if (request.getUrl().startsWith(path) && request.getMethod().getName().equals(method)) {
                return new ObjectMapper().readTree(request.getBodyAsString());
            }
        }
        throw new AssertionError("nothing sent to " + method + " " + path);
    }

    @Test
    public void anOwnerGivenByEmailIsFoundByTheUserSearchAndAssignedByName() throws Exception {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/user/search")).willReturn(okJson(
                "[{\"name\":\"ada\",\"emailAddress\":\"ada@example.com\"},"
                        + "{\"name\":\"alovelace\",\"emailAddress\":\"alovelace@example.com\"}]")));
        jira.server().stubFor(put(urlPathEqualTo("/rest/api/2/issue/CHAOS-7/assignee")).willReturn(aResponse().withStatus(204)));
        assertTrue(tracker.assign("CHAOS-7", "alovelace@example.com"));
        assertEquals("alovelace", sent("PUT", "/rest/api/2/issue/CHAOS-7/assignee").path("name").asText());
        assertTrue(jira.received().stream().anyMatch(r -> r.getUrl().equals("/rest/api/2/user/search?username=alovelace%40example.com")));
    }

    @Test
    public void anOwnerNobodyMatchesIsNotAssigned() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/user/search")).willReturn(okJson("[]")));
        assertEquals(false, tracker.assign("CHAOS-7", "nobody"));
        assertTrue(jira.received().stream().noneMatch(r -> r.getUrl().endsWith("/assignee")));
    }

    @Test
    public void anUpdateSendsOnlyTheFieldsItNames() throws Exception {
        jira.server().stubFor(put(urlPathEqualTo("/rest/api/2/issue/CHAOS-7")).willReturn(aResponse().withStatus(204)));
        tracker.updateIssue("CHAOS-7", new io.chaosday.tracker.IssueUpdate(
                Optional.of(java.util.List.of(new io.chaosday.tracker.TextBlock.Heading("Rollback"),
                        new io.chaosday.tracker.TextBlock.Paragraph("flush the cache"))),
                Optional.of(java.time.LocalDate.parse("2027-03-17")), Optional.of("10100")));
        JsonNode fields = sent("PUT", "/rest/api/2/issue/CHAOS-7").path("fields");
        assertEquals(java.util.List.of("description", "duedate", "security"), iterator(fields.fieldNames()));
        assertTrue(fields.path("description").asText(), fields.path("description").asText().contains("flush the cache"));
        assertEquals("2027-03-17", fields.path("duedate").asText());
        assertEquals("10100", fields.path("security").path("id").asText());
    }

    private static java.util.List<String> iterator(java.util.Iterator<String> names) {
        java.util.List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    public void theStateOfAnIssueIsReadInOneRequest() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/issue/CHAOS-7")).willReturn(okJson(
                "{\"key\":\"CHAOS-7\",\"fields\":{\"description\":\"h2. Rollback\\nrestart\",\"duedate\":\"2027-03-10\","
                        + "\"assignee\":{\"name\":\"ada\",\"displayName\":\"Ada Lovelace\"},"
                        + "\"security\":{\"id\":\"10100\",\"name\":\"Agents of Chaos\"}}}")));
        io.chaosday.tracker.IssueState state = tracker.state("CHAOS-7");
        assertEquals(Optional.of(new IssueDescription(SourceMarkup.WIKI, "h2. Rollback\nrestart")), state.description());
        assertEquals(Optional.of(java.time.LocalDate.parse("2027-03-10")), state.due());
        assertEquals(Optional.of("Ada Lovelace"), state.assignee());
        assertEquals(Optional.of("10100"), state.securityLevelId());
        assertEquals(1, jira.received().stream().filter(r -> r.getUrl().startsWith("/rest/api/2/issue/CHAOS-7")).count());
    }

    @Test
    public void theProjectsSecurityLevelsAreReadByName() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/project/CHAOS/securitylevel")).willReturn(okJson(
                "{\"levels\":[{\"id\":\"10100\",\"name\":\"Agents of Chaos\",\"description\":\"Only the agents\","
                        + "\"self\":\"https://jira.example.com/rest/api/2/securitylevel/10100\"}]}")));
        assertEquals(java.util.List.of(new io.chaosday.tracker.SecurityLevel("10100", "Agents of Chaos")),
                tracker.securityLevels("CHAOS"));
    }
}
