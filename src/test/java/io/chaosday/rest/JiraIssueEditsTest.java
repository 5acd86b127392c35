package io.chaosday.rest;

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
}
