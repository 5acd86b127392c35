package io.chaosday.rest.confluence;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.chaosday.rest.ContractCheckedWireMock;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.rest.Secrets;
import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.PageUpdate;
import io.chaosday.tracker.PublishMarker;
import io.chaosday.tracker.TrackerException;
import io.chaosday.tracker.TrackerException.Kind;
import io.chaosday.tracker.WikiConflictException;
import org.junit.Rule;
import org.junit.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.chaosday.rest.confluence.ConfluenceServers.fixture;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** What the user is told when Confluence Cloud refuses, fails or goes away; and what is tried again. */
public class ConfluenceCloudFailureTest {

    private static final String PAGES = "/wiki/api/v2/pages";
    private static final String PAGE = PAGES + "/98765";
    private static final String MARKER = "/wiki/rest/api/content/98765/property/io-chaosday-published";
    private static final PublishMarker EIGHTH = new PublishMarker(8, "dd44", "lessons/2026-12-03");
    private static final PageUpdate UPDATE = new PageUpdate("98765", 8, "Lessons from Chaos Day 2026", "<p/>", EIGHTH);
    private static final NewPage LESSONS = new NewPage("CHAOS", Optional.of("65537"), "Lessons from Chaos Day 2026",
            "<p/>", List.of(), new PublishMarker(1, "cc33", "lessons/2026-12-03"));

    @Rule
    public final ContractCheckedWireMock confluence = ConfluenceServers.cloud();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    public void aConflictOnUpdateIsAWikiConflictWithConfluencesOwnWords() {
        confluence.server().stubFor(put(urlPathEqualTo(PAGE)).willReturn(error(409, "cloud-version-conflict.json")));

        WikiConflictException e = assertThrows(WikiConflictException.class, () -> wiki().updatePage(UPDATE));

        assertTrue(e.getMessage(), e.getMessage().contains("Current version is: 9"));
        assertEquals(1, confluence.received().size());
    }

    @Test
    public void aTitleClashIsRejectedNamingTheTitleAndTheSpace() {
        stubSpaceKey();
        confluence.server().stubFor(post(urlPathEqualTo(PAGES)).willReturn(error(400, "cloud-title-clash.json")));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki().createPage(LESSONS));

        assertEquals(Kind.REJECTED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains(
                "a page titled \"Lessons from Chaos Day 2026\" already exists in space CHAOS"));
    }

    @Test
    public void tooManyRequestsOnAV2ReadWaitsAsLongAsRetryAfterSays() {
        stubInTurn(PAGE, "GET", okJson(fixture("cloud-page.json")),
                aResponse().withStatus(429).withHeader("Retry-After", "3"),
                aResponse().withStatus(429).withHeader("Retry-After", "5"));
        confluence.server().stubFor(get(urlPathEqualTo("/wiki/api/v2/spaces/32770")).willReturn(okJson(fixture("cloud-space.json"))));
        confluence.server().stubFor(get(urlPathEqualTo("/wiki/rest/api/user")).willReturn(okJson(fixture("cloud-user.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(okJson(fixture("marker-property.json"))));

        assertEquals(7, wiki().findPage("98765").orElseThrow().version());

        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(5)), sleeper.waits());
        confluence.server().verify(3, getRequestedFor(urlPathEqualTo(PAGE)));
    }

    @Test
    public void aBurstOf503sOnAV2UpdateIsRiddenOut() {
        stubInTurn(PAGE, "PUT", okJson(fixture("cloud-page-updated.json")),
                aResponse().withStatus(503), aResponse().withStatus(503), aResponse().withStatus(503));
        confluence.server().stubFor(get(urlPathEqualTo("/wiki/api/v2/spaces/32770")).willReturn(okJson(fixture("cloud-space.json"))));
        confluence.server().stubFor(get(urlPathEqualTo("/wiki/rest/api/user")).willReturn(okJson(fixture("cloud-user.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(okJson(fixture("marker-property.json"))));
        confluence.server().stubFor(put(urlPathEqualTo(MARKER)).willReturn(okJson(fixture("marker-property-written.json"))));

        assertEquals(8, wiki().updatePage(UPDATE).version());

        confluence.server().verify(4, putRequestedFor(urlPathEqualTo(PAGE)));
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.waits());
    }

    @Test
    public void aConnectionResetDuringCreateIsNotRetriedAndSaysThePageMayExist() {
        stubSpaceKey();
        confluence.server().stubFor(post(urlPathEqualTo(PAGES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki().createPage(LESSONS));

        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("may or may not have been made"));
        assertTrue(e.getMessage(), e.getMessage().contains("look in space CHAOS for a page titled \"Lessons from Chaos Day 2026\""));
        confluence.server().verify(1, postRequestedFor(urlPathEqualTo(PAGES)));
        assertTrue(sleeper.waits().isEmpty());
        Secrets.assertNoToken(e);
    }

    @Test
    public void aRejectedApiTokenNamesTheUserAndTheVariable() {
        confluence.server().stubFor(get(urlPathEqualTo("/wiki/api/v2/spaces")).withQueryParam("keys", equalTo("CHAOS"))
                .willReturn(error(401, "cloud-unauthorised.json")));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki().createPage(LESSONS));

        assertEquals(Kind.UNAUTHORISED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("facilitator@example.com with the API token in CONFLUENCE_TOKEN"));
        Secrets.assertNoToken(e);
    }

    @Test
    public void aMissingPermissionOnUpdateIsNamed() {
        confluence.server().stubFor(put(urlPathEqualTo(PAGE)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"status":403,"code":"FORBIDDEN","title":"User does not have permission to edit"}]}""")));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki().updatePage(UPDATE));

        assertEquals(Kind.FORBIDDEN, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("no edit restriction on page 98765"));
        assertTrue(e.getMessage(), e.getMessage().contains("User does not have permission to edit"));
    }

    private void stubSpaceKey() {
        confluence.server().stubFor(get(urlPathEqualTo("/wiki/api/v2/spaces")).withQueryParam("keys", equalTo("CHAOS"))
                .willReturn(okJson(fixture("cloud-spaces.json"))));
    }

    private static ResponseDefinitionBuilder error(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(fixture(fixture));
    }

    /** Answers {@code method path} with each failure in turn, then with {@code success}. */
    private void stubInTurn(String path, String method, ResponseDefinitionBuilder success, ResponseDefinitionBuilder... failures) {
        String state = Scenario.STARTED;
        for (int i = 0; i < failures.length; i++) {
            String next = "after " + (i + 1);
            confluence.server().stubFor(request(method, path).inScenario("turns").whenScenarioStateIs(state)
                    .willSetStateTo(next).willReturn(failures[i]));
            state = next;
        }
        confluence.server().stubFor(request(method, path).inScenario("turns").whenScenarioStateIs(state).willReturn(success));
    }

    private static MappingBuilder request(String method, String path) {
        return method.equals("PUT") ? put(urlPathEqualTo(path)) : get(urlPathEqualTo(path));
    }

    private ConfluenceRestWiki wiki() {
        return ConfluenceServers.cloudWiki(confluence, sleeper);
    }
}
