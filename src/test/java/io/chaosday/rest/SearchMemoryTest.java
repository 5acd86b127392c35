package io.chaosday.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.chaosday.http.ErrorBody;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import java.net.URI;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;

/** What a search keeps is bounded: a hostile answer stops it with one failure, not an exhausted heap. */
public class SearchMemoryTest {

    @Rule
    public final ContractCheckedWireMock dataCenter = new ContractCheckedWireMock(OpenApiContract.jiraDataCenter());

    @Test
    public void issuesHoldingMoreTextThanAnyChaosDayStopTheSearch() {
        SearchPages pages = new SearchPages(URI.create("https://jira.example.com"), "/rest/api/2/search");
        String summary = "x".repeat(1_000_000);
        for (int i = 0; i < SearchPages.MAX_CHARS / summary.length() - 1; i++) {
            pages.keep(issue(i, summary));
        }

        TrackerException e = assertThrows(TrackerException.class, () -> pages.keep(issue(99, summary + summary)));

        assertTrue(e.getMessage(), e.getMessage().contains("sent more than 16 million characters of issues"));
    }

    @Test
    public void aDataCenterPageOfHugeIssuesFailsInOneLine() {
        dataCenter.server().stubFor(get(urlPathEqualTo("/rest/api/2/serverInfo")).willReturn(JiraFixtures.ok("dc/serverInfo.json")));
        dataCenter.server().stubFor(get(urlPathEqualTo("/rest/api/2/field")).willReturn(JiraFixtures.ok("dc/field.json")));
        StringBuilder page = new StringBuilder("{\"startAt\":0,\"maxResults\":100,\"total\":100000,\"issues\":[");
        String summary = "y".repeat(200_000);
        for (int i = 1; i <= 100; i++) {
            page.append(i > 1 ? "," : "").append("{\"id\":\"").append(i).append("\",\"key\":\"CHAOS-").append(i)
                    .append("\",\"fields\":{\"summary\":\"").append(summary).append("\",\"labels\":[\"chaos-day-spring--epic_002fexecute\"]}}");
        }
        dataCenter.server().stubFor(post(urlPathEqualTo("/rest/api/2/search")).willReturn(okJson(page.append("]}").toString())));
        JiraRestTracker tracker = JiraRestTracker.connect(RestClient.builder(dataCenter.base(), Secrets.BEARER)
                .sleeper(new RecordingSleeper()).build());

        TrackerException e = assertThrows(TrackerException.class, () -> tracker.findIssues("CHAOS", "chaos-day-spring"));

        assertEquals(TrackerException.Kind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("more than 16 million characters"));
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    public void aServersLongErrorTextIsCut() {
        String words = ErrorBody.of(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .set("errorMessages", new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode().add("z".repeat(2_000_000)))).words();

        assertTrue(words.length() < ErrorBody.MAX_WORDS + 40);
        assertTrue(words, words.endsWith("\u2026 (1999500 more characters)"));
    }

    private static TrackedIssue issue(int n, String summary) {
        return new TrackedIssue("CHAOS-" + n, Optional.empty(), IssueKind.TASK, summary, Optional.empty(), false, "To Do",
                Optional.empty(), Optional.empty());
    }
}
