package io.chaosday.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.http.BoundedParallel;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.WantedProperty;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TrackedIssue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** Properties, links and descriptions on Cloud, each request checked against the Cloud v3 contract. */
public class JiraCloudIssueEditsTest {

    @Rule
    public final ContractCheckedWireMock jira = new ContractCheckedWireMock(OpenApiContract.jiraCloud());

    private JiraRestTracker tracker;

    @Before
    public void connect() {
        RestClient client = RestClient.builder(jira.base(), Secrets.BASIC).sleeper(new RecordingSleeper()).build();
        tracker = new JiraRestTracker(client, new JiraApi(jira.base(), JiraApi.Deployment.CLOUD), new BoundedParallel());
    }

    @Test
    public void anIssueIsAssignedToTheAccountItsOwnersNameFinds() throws Exception {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/user/search")).willReturn(okJson(
                "[{\"accountId\":\"5b10ac8d82e05b22cc7d4ef5\",\"displayName\":\"Alice\"}]")));
        jira.server().stubFor(put(urlPathEqualTo("/rest/api/3/issue/CHAOS-7/assignee")).willReturn(aResponse().withStatus(204)));
        assertTrue(tracker.assign("CHAOS-7", "Alice"));
        var sent = jira.received().stream().filter(r -> r.getUrl().endsWith("/assignee")).findFirst().orElseThrow();
        assertEquals("5b10ac8d82e05b22cc7d4ef5", new ObjectMapper().readTree(sent.getBodyAsString()).path("accountId").asText());
    }

    @Test
    public void anOwnerNoAccountMatchesIsNotAssigned() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/user/search")).willReturn(okJson("[]")));
        assertEquals(false, tracker.assign("CHAOS-7", "Nobody"));
    }

    @Test
    public void aDescriptionComesBackAsAnAdfDocument() {
        String adf = "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"heading\",\"attrs\":{\"level\":2},"
                + "\"content\":[{\"type\":\"text\",\"text\":\"Summary\"}]}]}";
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/issue/CHAOS-7")).willReturn(okJson(
                "{\"key\":\"CHAOS-7\",\"fields\":{\"description\":" + adf + "}}")));
        IssueDescription description = tracker.description("CHAOS-7").orElseThrow();
        assertEquals(SourceMarkup.ADF, description.markup());
        assertTrue(description.body(), description.body().contains("\"heading\""));
    }

    @Test
    public void aPropertyIsWrittenAsAJsonObjectAndReadBackFromTheSearch() throws Exception {
        jira.server().stubFor(put(urlPathEqualTo("/rest/api/3/issue/CHAOS-7/properties/io.chaosday.page"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
        tracker.setProperty("CHAOS-7", IssueProperties.PAGE, Map.of("pageId", "4711"));
        var sent = jira.received().stream().filter(r -> r.getUrl().endsWith("io.chaosday.page")).findFirst().orElseThrow();
        assertEquals("4711", new ObjectMapper().readTree(sent.getBodyAsString()).path("pageId").asText());

        jira.server().stubFor(post(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(okJson("""
                {"issues":[{"id":"1","key":"CHAOS-7","fields":{"summary":"Post-Chaos review","labels":["chaos-day-spring"],
                  "issuetype":{"name":"Task"},"status":{"name":"To Do","statusCategory":{"key":"new"}}},
                  "properties":{"io.chaosday.identity":{"chaosDay":"spring","item":"review"},
                                "io.chaosday.page":{"pageId":"4711"}}}],"isLast":true}""")));
        List<TrackedIssue> found = tracker.findIssues("CHAOS", "chaos-day-spring",
                List.of(WantedProperty.onAnyItem(IssueProperties.EXPERIMENT), WantedProperty.onAnyItem(IssueProperties.PAGE)));
        assertEquals(Optional.of(Map.of("pageId", "4711")), found.get(0).property(IssueProperties.PAGE));
        String search = jira.received().stream().filter(r -> r.getUrl().startsWith("/rest/api/3/search/jql"))
                .findFirst().orElseThrow().getBodyAsString();
        assertTrue(search, search.contains("io.chaosday.experiment") && search.contains("io.chaosday.page"));
    }

    @Test
    public void anAccountIdIsAssignedAsItIsWithoutASearch() throws Exception {
        jira.server().stubFor(put(urlPathEqualTo("/rest/api/3/issue/CHAOS-7/assignee")).willReturn(aResponse().withStatus(204)));
        assertTrue(tracker.assign("CHAOS-7", "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077"));
        assertTrue(jira.received().stream().noneMatch(r -> r.getUrl().contains("/user/search")));
        var sent = jira.received().stream().filter(r -> r.getUrl().endsWith("/assignee")).findFirst().orElseThrow();
        assertTrue(sent.getBodyAsString(), sent.getBodyAsString().contains("557058:f58131cb-b67d-43c7-b30d-6b58d40bd077"));
    }

    @Test
    public void theProjectsSecurityLevelsAreReadOnCloudToo() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/project/CHAOS/securitylevel")).willReturn(okJson(
                "{\"levels\":[{\"id\":\"100000\",\"name\":\"Reporter Only\",\"description\":\"Only the reporter\","
                        + "\"self\":\"https://your-domain.atlassian.net/rest/api/3/securitylevel/100000\"}]}")));
        assertEquals(java.util.List.of(new io.chaosday.tracker.SecurityLevel("100000", "Reporter Only")),
                tracker.securityLevels("CHAOS"));
    }
}
