package io.chaosday.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.chaosday.http.BoundedParallel;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;

/** A search that never says it is done ends after a bounded number of pages, with an error when pages repeat. */
public class EndlessSearchTest {

    private static final String ISSUE = "{\"id\":\"1%1$d\",\"key\":\"CHAOS-%1$d\",\"fields\":{\"summary\":\"s\",\"labels\":[\"chaos-day-spring\"],"
            + "\"issuetype\":{\"id\":\"10005\",\"name\":\"Task\"},\"status\":{\"name\":\"To Do\",\"statusCategory\":{\"key\":\"new\"}}}}";

    /** Only catches a hang: before the guards these searches looped for thousands of requests. */
    @Rule
    public final Timeout hangGuard = Timeout.seconds(60);

    @Rule
    public final ContractCheckedWireMock cloud = new ContractCheckedWireMock(OpenApiContract.jiraCloud());

    @Rule
    public final ContractCheckedWireMock dataCenter = new ContractCheckedWireMock(OpenApiContract.jiraDataCenter());

    @Test
    public void aCloudSearchThatRepeatsItsPageTokenStopsWithAnError() {
        cloud.server().stubFor(post(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(okJson(
                "{\"issues\":[" + issue(1) + "],\"nextPageToken\":\"again\"}")));
        cloud.server().stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("again")))
                .willReturn(okJson("{\"issues\":[" + issue(2) + "],\"nextPageToken\":\"again\"}")));

        TrackerException e = assertThrows(TrackerException.class, () -> cloudTracker().findIssues("CHAOS", "chaos-day-spring"));

        assertTrue(e.getMessage(), e.getMessage().contains("sent a page token it had sent before (after 2 issues)"));
        cloud.server().verify(2, postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql")));
    }

    @Test
    public void aCloudSearchThatSendsTheSameIssuesUnderNewTokensStopsWithAnError() {
        cloud.server().stubFor(post(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(okJson(
                "{\"issues\":[" + issue(1) + "],\"nextPageToken\":\"a\"}")));
        cloud.server().stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("a")))
                .willReturn(okJson("{\"issues\":[" + issue(1) + "],\"nextPageToken\":\"b\"}")));

        TrackerException e = assertThrows(TrackerException.class, () -> cloudTracker().findIssues("CHAOS", "chaos-day-spring"));

        assertTrue(e.getMessage(), e.getMessage().contains("sent a page of issues it had already sent (after 1 issues)"));
        cloud.server().verify(2, postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql")));
    }

    @Test
    public void aCloudPageWithATokenButNoIssuesEndsTheSearch() {
        cloud.server().stubFor(post(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(okJson(
                "{\"issues\":[" + issue(1) + "],\"nextPageToken\":\"two\"}")));
        cloud.server().stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("two")))
                .willReturn(okJson("{\"issues\":[],\"nextPageToken\":\"three\"}")));

        List<TrackedIssue> issues = cloudTracker().findIssues("CHAOS", "chaos-day-spring");

        assertEquals(List.of("CHAOS-1"), issues.stream().map(TrackedIssue::key).toList());
        cloud.server().verify(2, postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql")));
    }

    @Test
    public void aDataCenterTotalLargerThanTheIssuesEndsAtTheFirstEmptyPage() {
        stubDataCenterSite();
        dataCenter.server().stubFor(post(urlPathEqualTo("/rest/api/2/search")).willReturn(okJson(
                "{\"startAt\":1,\"maxResults\":100,\"total\":1000000,\"issues\":[]}")));
        dataCenter.server().stubFor(post(urlPathEqualTo("/rest/api/2/search"))
                .withRequestBody(matchingJsonPath("$.startAt", equalTo("0")))
                .willReturn(okJson("{\"startAt\":0,\"maxResults\":100,\"total\":1000000,\"issues\":[" + issue(1) + "]}")));

        List<TrackedIssue> issues = dataCenterTracker().findIssues("CHAOS", "chaos-day-spring");

        assertEquals(List.of("CHAOS-1"), issues.stream().map(TrackedIssue::key).toList());
        dataCenter.server().verify(2, postRequestedFor(urlPathEqualTo("/rest/api/2/search")));
    }

    @Test
    public void aDataCenterSearchThatIgnoresStartAtStopsWithAnError() {
        stubDataCenterSite();
        dataCenter.server().stubFor(post(urlPathEqualTo("/rest/api/2/search")).willReturn(okJson(
                "{\"startAt\":0,\"maxResults\":100,\"total\":1000000,\"issues\":[" + issue(1) + "," + issue(2) + "]}")));

        TrackerException e = assertThrows(TrackerException.class, () -> dataCenterTracker().findIssues("CHAOS", "chaos-day-spring"));

        assertTrue(e.getMessage(), e.getMessage().contains("sent a page of issues it had already sent (after 2 issues)"));
        dataCenter.server().verify(2, postRequestedFor(urlPathEqualTo("/rest/api/2/search")));
    }

    @Test
    public void morePagesThanAnyChaosDayHasStopWithAnError() {
        SearchPages pages = new SearchPages(java.net.URI.create("https://jira.example.com"), "/rest/api/2/search");
        ObjectMapper json = new ObjectMapper();
        int pageCount = SearchPages.MAX_ISSUES / IssueSearch.PAGE_SIZE;
        for (int page = 0; page < pageCount; page++) {
            assertTrue(pages.accept(page(json, page)));
        }

        TrackerException e = assertThrows(TrackerException.class, () -> pages.accept(page(json, pageCount)));

        assertTrue(e.getMessage(), e.getMessage().contains("found more than 5000 issues for one Chaos Day"));
    }

    private static JsonNode page(ObjectMapper json, int page) {
        ArrayNode issues = json.createArrayNode();
        for (int i = 0; i < IssueSearch.PAGE_SIZE; i++) {
            issues.addObject().put("key", "CHAOS-" + (page * IssueSearch.PAGE_SIZE + i + 1));
        }
        return issues;
    }

    private static String issue(int n) {
        return String.format(ISSUE, n);
    }

    private JiraRestTracker cloudTracker() {
        RestClient client = RestClient.builder(cloud.base(), Secrets.BASIC).sleeper(new RecordingSleeper()).build();
        return new JiraRestTracker(client, new JiraApi(cloud.base(), JiraApi.Deployment.CLOUD), new BoundedParallel());
    }

    private void stubDataCenterSite() {
        dataCenter.server().stubFor(get(urlPathEqualTo("/rest/api/2/serverInfo")).willReturn(JiraFixtures.ok("dc/serverInfo.json")));
        dataCenter.server().stubFor(get(urlPathEqualTo("/rest/api/2/field")).willReturn(JiraFixtures.ok("dc/field.json")));
        dataCenter.server().stubFor(get(urlPathEqualTo("/rest/api/2/issue/CHAOS-1/properties/io.chaosday.identity"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)));
        dataCenter.server().stubFor(get(urlPathEqualTo("/rest/api/2/issue/CHAOS-2/properties/io.chaosday.identity"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)));
    }

    private JiraRestTracker dataCenterTracker() {
        return JiraRestTracker.connect(RestClient.builder(dataCenter.base(), Secrets.BEARER).sleeper(new RecordingSleeper()).build());
    }
}
