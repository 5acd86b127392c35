package io.chaosday.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.http.BoundedParallel;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.Comment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Comments over REST: Data Center's wiki markup bodies and Cloud's document format, each against its contract. */
public class JiraCommentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @org.junit.Rule
    public final ContractCheckedWireMock dc = new ContractCheckedWireMock(OpenApiContract.jiraDataCenter());

    @org.junit.Rule
    public final ContractCheckedWireMock cloud = new ContractCheckedWireMock(OpenApiContract.jiraCloud());

    private static JiraRestTracker tracker(ContractCheckedWireMock jira, JiraApi.Deployment deployment) {
        RestClient client = RestClient.builder(jira.base(), Secrets.BASIC).sleeper(new RecordingSleeper()).build();
        return new JiraRestTracker(client, new JiraApi(jira.base(), deployment), new BoundedParallel());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    public void dataCenterWritesEscapedWikiLinesAndReadsEveryPageBackAsTyped() throws Exception {
        ContractCheckedWireMock jira = dc;
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/issue/CHAOS-7/comment")).willReturn(json(201,
                "{\"id\":\"10001\",\"body\":\"Saw \\\\*500s\\\\*\\nchaosday-log entry=1\",\"created\":\"2027-03-10T10:04:00.000+0000\","
                        + "\"author\":{\"name\":\"alice\",\"displayName\":\"Alice\"}}")));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/issue/CHAOS-7/comment")).withQueryParam("startAt", equalTo("0"))
                .willReturn(json(200, "{\"startAt\":0,\"maxResults\":1,\"total\":2,\"comments\":[{\"id\":\"10001\","
                        + "\"body\":\"Saw \\\\*500s\\\\* \\\\{html\\\\}\",\"created\":\"2027-03-10T10:04:00.000+0000\","
                        + "\"author\":{\"name\":\"alice\",\"displayName\":\"Alice\"}}]}")));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/issue/CHAOS-7/comment")).withQueryParam("startAt", equalTo("1"))
                .willReturn(json(200, "{\"startAt\":1,\"maxResults\":1,\"total\":2,\"comments\":[{\"id\":\"10002\","
                        + "\"body\":\"second\",\"created\":\"2027-03-10T10:05:00.000+0100\",\"author\":{\"displayName\":\"Bob\"}}]}")));
        jira.server().stubFor(delete(urlPathEqualTo("/rest/api/2/issue/CHAOS-7/comment/10009")).willReturn(aResponse().withStatus(404)));
        JiraRestTracker tracker = tracker(jira, JiraApi.Deployment.DATA_CENTER);

        Comment added = tracker.addComment("CHAOS-7", "Saw *500s*\nchaosday-log entry=1");
        JsonNode sent = JSON.readTree(jira.received().get(0).getBodyAsString());
        assertEquals("Saw \\*500s\\*\nchaosday-log entry=1", sent.path("body").asText());
        assertEquals("Saw *500s*\nchaosday-log entry=1", added.text());

        List<Comment> read = tracker.comments("CHAOS-7");
        assertEquals(List.of("Saw *500s* {html}", "second"), read.stream().map(Comment::text).toList());
        assertEquals(Optional.of("Alice"), read.get(0).author());
        assertEquals(Instant.parse("2027-03-10T09:05:00Z"), read.get(1).created());
        tracker.deleteComment("CHAOS-7", "10009"); // gone already: counts as deleted
    }

    @Test
    public void cloudWritesADocumentOfParagraphsAndReadsTheirTextBack() throws Exception {
        ContractCheckedWireMock jira = cloud;
        String doc = "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Saw \"},"
                + "{\"type\":\"text\",\"text\":\"*500s*\",\"marks\":[{\"type\":\"strong\"}]}]},{\"type\":\"paragraph\",\"content\":"
                + "[{\"type\":\"text\",\"text\":\"chaosday-log entry=1\"}]}]}";
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/3/issue/CHAOS-7/comment")).willReturn(json(201,
                "{\"id\":\"10001\",\"body\":" + doc + ",\"created\":\"2027-03-10T10:04:00.000+0000\","
                        + "\"author\":{\"accountId\":\"5b10a2844c20165700ede21g\",\"displayName\":\"Alice\"}}")));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/issue/CHAOS-7/comment")).willReturn(json(200,
                "{\"startAt\":0,\"maxResults\":100,\"total\":1,\"comments\":[{\"id\":\"10001\",\"body\":" + doc
                        + ",\"created\":\"2027-03-10T10:04:00.000+0000\",\"author\":{\"displayName\":\"Alice\"}}]}")));
        JiraRestTracker tracker = tracker(jira, JiraApi.Deployment.CLOUD);

        tracker.addComment("CHAOS-7", "Saw *500s* {html}\nchaosday-log entry=1");
        JsonNode sent = JSON.readTree(jira.received().get(0).getBodyAsString()).path("body");
        assertEquals("doc", sent.path("type").asText());
        assertEquals("Saw *500s* {html}", sent.path("content").get(0).path("content").get(0).path("text").asText());
        assertEquals("chaosday-log entry=1", sent.path("content").get(1).path("content").get(0).path("text").asText());

        assertEquals(List.of("Saw *500s*\nchaosday-log entry=1"), tracker.comments("CHAOS-7").stream().map(Comment::text).toList());
    }

    private static String cloudComment(String id, String text) {
        return "{\"id\":\"" + id + "\",\"body\":{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}]},\"created\":\"2027-03-10T10:0" + id.charAt(4)
                + ":00.000+0000\",\"author\":{\"displayName\":\"Alice\"}}";
    }

    @Test
    public void cloudReadsManyIssuesCommentsFromPagedSearchesAndOnlyACappedOrMissingIssueOnItsOwn() throws Exception {
        ContractCheckedWireMock jira = cloud;
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.nextPageToken",
                        com.github.tomakehurst.wiremock.client.WireMock.absent()))
                .willReturn(json(200, "{\"isLast\":false,\"nextPageToken\":\"second\",\"issues\":[{\"key\":\"CHAOS-7\",\"fields\":"
                        + "{\"comment\":{\"startAt\":0,\"maxResults\":100,\"total\":2,\"comments\":[" + cloudComment("10001", "started")
                        + "," + cloudComment("10002", "detected") + "]}}}]}")));
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.nextPageToken", equalTo("second")))
                .willReturn(json(200, "{\"isLast\":true,\"issues\":[{\"key\":\"CHAOS-8\",\"fields\":{\"comment\":{\"startAt\":0,"
                        + "\"maxResults\":1,\"total\":2,\"comments\":[" + cloudComment("10003", "capped") + "]}}},"
                        + "{\"key\":\"CHAOS-10\",\"fields\":{\"comment\":{\"startAt\":0,\"maxResults\":100,\"total\":0,\"comments\":[]}}}]}")));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/issue/CHAOS-8/comment")).willReturn(json(200,
                "{\"startAt\":0,\"maxResults\":100,\"total\":2,\"comments\":[" + cloudComment("10003", "capped") + ","
                        + cloudComment("10004", "read on its own") + "]}")));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/issue/CHAOS-9/comment")).willReturn(json(200,
                "{\"startAt\":0,\"maxResults\":100,\"total\":1,\"comments\":[" + cloudComment("10005", "not yet indexed") + "]}")));
        JiraRestTracker tracker = tracker(jira, JiraApi.Deployment.CLOUD);

        java.util.Map<String, List<Comment>> read = tracker.commentsOf(List.of("CHAOS-7", "CHAOS-8", "CHAOS-9", "CHAOS-10"));

        assertEquals(List.of("CHAOS-7", "CHAOS-8", "CHAOS-9", "CHAOS-10"), List.copyOf(read.keySet()));
        assertEquals(List.of("started", "detected"), read.get("CHAOS-7").stream().map(Comment::text).toList());
        assertEquals(List.of("capped", "read on its own"), read.get("CHAOS-8").stream().map(Comment::text).toList());
        assertEquals(List.of("not yet indexed"), read.get("CHAOS-9").stream().map(Comment::text).toList());
        assertEquals(List.of(), read.get("CHAOS-10"));
        List<String> sent = jira.received().stream().map(r -> r.getMethod() + " " + r.getUrl().replaceFirst("\\?.*", "")).sorted().toList();
        assertEquals(List.of("GET /rest/api/3/issue/CHAOS-8/comment", "GET /rest/api/3/issue/CHAOS-9/comment",
                "POST /rest/api/3/search/jql", "POST /rest/api/3/search/jql"), sent);
        JsonNode search = JSON.readTree(jira.received().stream().filter(r -> r.getUrl().contains("search")).findFirst().orElseThrow()
                .getBodyAsString());
        assertEquals("[\"comment\"]", search.path("fields").toString());
        assertEquals("key in (\"CHAOS-7\", \"CHAOS-8\", \"CHAOS-9\", \"CHAOS-10\") ORDER BY key ASC", search.path("jql").asText());
    }

    @Test
    public void dataCenterSearchesWithoutValidatingTheKeysSoAnIssueGoneMeanwhileFailsAsNotFoundByItsOwnRead() throws Exception {
        ContractCheckedWireMock jira = dc;
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/search")).willReturn(json(200,
                "{\"startAt\":0,\"maxResults\":100,\"total\":0,\"issues\":[]}")));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/issue/CHAOS-7/comment")).willReturn(json(404,
                "{\"errorMessages\":[\"Issue Does Not Exist\"],\"errors\":{}}")));
        JiraRestTracker tracker = tracker(jira, JiraApi.Deployment.DATA_CENTER);

        io.chaosday.tracker.TrackerException failure = org.junit.Assert.assertThrows(io.chaosday.tracker.TrackerException.class,
                () -> tracker.commentsOf(List.of("CHAOS-7")));

        assertEquals(io.chaosday.tracker.TrackerException.Kind.NOT_FOUND, failure.kind());
        JsonNode search = JSON.readTree(jira.received().stream().filter(r -> r.getUrl().contains("search")).findFirst().orElseThrow()
                .getBodyAsString());
        assertEquals(false, search.path("validateQuery").asBoolean(true));
        assertEquals(0, search.path("startAt").asInt(-1));
    }

    @Test
    public void aSearchCloudRefusesAsABadQueryLeavesEachIssueToItsOwnRead() throws Exception {
        ContractCheckedWireMock jira = cloud;
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(json(400,
                "{\"errorMessages\":[\"An issue with key 'CHAOS-8' does not exist for field 'key'.\"],\"errors\":{}}")));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/issue/CHAOS-7/comment")).willReturn(json(200,
                "{\"startAt\":0,\"maxResults\":100,\"total\":1,\"comments\":[" + cloudComment("10001", "started") + "]}")));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/issue/CHAOS-8/comment")).willReturn(json(200,
                "{\"startAt\":0,\"maxResults\":100,\"total\":0,\"comments\":[]}")));
        JiraRestTracker tracker = tracker(jira, JiraApi.Deployment.CLOUD);

        java.util.Map<String, List<Comment>> read = tracker.commentsOf(List.of("CHAOS-7", "CHAOS-8"));

        assertEquals(List.of("started"), read.get("CHAOS-7").stream().map(Comment::text).toList());
        assertEquals(List.of(), read.get("CHAOS-8"));
        assertEquals(3, jira.received().size());
    }
}
