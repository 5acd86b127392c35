package io.chaosday.rest.confluence;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.chaosday.rest.ContractCheckedWireMock;
import io.chaosday.rest.Exchange;
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
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.chaosday.rest.confluence.ConfluenceServers.fixture;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** What the user is told when Confluence Data Center refuses, fails or goes away; and what is tried again. */
public class ConfluenceDataCenterFailureTest {

    private static final String CONTENT = "/confluence/rest/api/content";
    private static final String PAGE = CONTENT + "/123456";
    private static final String MARKER = PAGE + "/property/io-chaosday-published";
    private static final PublishMarker FIFTH = new PublishMarker(5, "bb22", "CHAOS-12");
    private static final NewPage REVIEW = new NewPage("CHAOS", Optional.of("98306"), "PIR: payments lose their database",
            "<p/>", List.of(), new PublishMarker(1, "aa11", "CHAOS-12"));
    private static final PageUpdate UPDATE = new PageUpdate("123456", 5, "PIR: payments lose their database", "<p/>", FIFTH);

    @Rule
    public final ContractCheckedWireMock confluence = ConfluenceServers.dataCenter();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    public void aConflictOnUpdateIsAWikiConflictAndLeavesTheMarkerAlone() {
        confluence.server().stubFor(put(urlPathEqualTo(PAGE)).willReturn(error(409, "dc-version-conflict.json")));

        WikiConflictException e = assertThrows(WikiConflictException.class, () -> wiki().updatePage(UPDATE));

        assertTrue(e.getMessage(), e.getMessage().contains("page 123456"));
        assertTrue(e.getMessage(), e.getMessage().contains("Current version is: 6"));
        assertEquals(1, confluence.received().size());
    }

    @Test
    public void aConflictOnTheMarkerIsAWikiConflictSayingThePageItselfWasWritten() {
        confluence.server().stubFor(put(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("dc-page-updated.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(okJson(fixture("marker-property.json"))));
        confluence.server().stubFor(put(urlPathEqualTo(MARKER)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody("{\"statusCode\":409,\"message\":\"Version"
                        + " conflict\",\"reason\":\"Conflict\"}")));

        WikiConflictException e = assertThrows(WikiConflictException.class, () -> wiki().updatePage(UPDATE));

        assertTrue(e.getMessage(), e.getMessage().startsWith("page 123456 \"PIR: payments lose their database\" was updated"));
    }

    @Test
    public void tooManyRequestsOnAReadWaitsAsLongAsRetryAfterSays() {
        answerInTurn(() -> get(urlPathEqualTo(PAGE)), okJson(fixture("dc-page.json")),
                aResponse().withStatus(429).withHeader("Retry-After", "7"));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(notFound()));

        assertEquals(4, wiki().findPage("123456").orElseThrow().version());

        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits());
    }

    @Test
    public void aBurstOf503sOnAReadIsRiddenOutWithGrowingWaits() {
        answerInTurn(() -> get(urlPathEqualTo(PAGE)), okJson(fixture("dc-page.json")),
                aResponse().withStatus(503), aResponse().withStatus(503), aResponse().withStatus(503));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(notFound()));

        wiki().findPage("123456");

        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.waits());
    }

    @Test
    public void aBurstOf503sOnAnUpdateIsRiddenOutBecauseAPutCanBeRepeated() {
        answerInTurn(() -> put(urlPathEqualTo(PAGE)), okJson(fixture("dc-page-updated.json")),
                aResponse().withStatus(503), aResponse().withStatus(503));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(okJson(fixture("marker-property.json"))));
        confluence.server().stubFor(put(urlPathEqualTo(MARKER)).willReturn(okJson(fixture("marker-property-written.json"))));

        assertEquals(5, wiki().updatePage(UPDATE).version());

        confluence.server().verify(3, putRequestedFor(urlPathEqualTo(PAGE)));
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), sleeper.waits());
    }

    @Test
    public void unending503sEndInUnavailableSayingWhatWasBeingDone() {
        confluence.server().stubFor(put(urlPathEqualTo(PAGE)).willReturn(aResponse().withStatus(503)));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki().updatePage(UPDATE));

        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("writing version 5 of page 123456"));
        assertTrue(e.getMessage(), e.getMessage().contains("try again later"));
    }

    @Test
    public void aConnectionResetDuringCreateIsNotSentAgainBlindlyAndSaysThePageMayExist() {
        confluence.server().stubFor(post(urlPathEqualTo(CONTENT)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki().createPage(REVIEW));

        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("may or may not have been made"));
        assertTrue(e.getMessage(), e.getMessage().contains(
                "look in space CHAOS for a page titled \"PIR: payments lose their database\" before publishing again"));
        // The create went once; then a read by title, to find out whether it landed (here that read failed too).
        assertEquals(List.of("POST", "GET"), confluence.received().stream().map(r -> r.getMethod().getName()).toList());
    }

    @Test
    public void aRejectedTokenSaysWhichVariableToCheck() {
        confluence.server().stubFor(get(urlPathEqualTo(CONTENT)).willReturn(error(401, "dc-unauthorised.json")));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki().findPageByTitle("CHAOS", "Lessons"));

        assertEquals(Kind.UNAUTHORISED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("personal access token in CONFLUENCE_TOKEN"));
    }

    @Test
    public void aMissingPermissionIsNamedWithItsSpace() {
        confluence.server().stubFor(post(urlPathEqualTo(CONTENT)).willReturn(error(403, "dc-forbidden.json")));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki().createPage(REVIEW));

        assertEquals(Kind.FORBIDDEN, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("your account needs Add Pages in space CHAOS"));
        assertTrue(e.getMessage(), e.getMessage().contains("User not permitted to create content in space CHAOS"));
    }

    @Test
    public void anUnknownSpaceIsNamed() {
        confluence.server().stubFor(post(urlPathEqualTo(CONTENT)).willReturn(error(404, "dc-no-space.json")));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki().createPage(
                new NewPage("NOPE", Optional.empty(), "Lessons", "<p/>", List.of(), new PublishMarker(1, "aa11", "lessons"))));

        assertEquals(Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("space NOPE does not exist or you cannot see it"));
    }

    @Test
    public void aTitleClashIsRejectedNamingTheTitleAndTheSpace() {
        confluence.server().stubFor(post(urlPathEqualTo(CONTENT)).willReturn(error(400, "dc-title-clash.json")));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki().createPage(REVIEW));

        assertEquals(Kind.REJECTED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains(
                "a page titled \"PIR: payments lose their database\" already exists in space CHAOS"));
    }

    @Test
    public void aServerThatIsNotConfluenceIsSaidToBeSo() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Log in</body></html>"))
                .withMetadata(Exchange.offContract("a web page, not the REST API, on purpose")));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(notFound()));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki().findPage("123456"));

        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("does not look like Confluence"));
    }

    @Test
    public void theTokenNeverShowsInFailuresOrInTheWikisName() {
        confluence.server().stubFor(get(urlPathEqualTo(CONTENT)).willReturn(error(401, "dc-unauthorised.json")));
        confluence.server().stubFor(post(urlPathEqualTo(CONTENT)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        confluence.server().stubFor(put(urlPathEqualTo(PAGE)).willReturn(error(409, "dc-version-conflict.json")));
        ConfluenceRestWiki wiki = wiki();

        Secrets.assertNoToken(assertThrows(TrackerException.class, () -> wiki.findPageByTitle("CHAOS", "Lessons")));
        Secrets.assertNoToken(assertThrows(TrackerException.class, () -> wiki.createPage(REVIEW)));
        Secrets.assertNoToken(assertThrows(TrackerException.class, () -> wiki.updatePage(UPDATE)));
        Secrets.assertNoToken(wiki.toString());
        assertTrue(wiki.toString(), wiki.toString().contains("CONFLUENCE_TOKEN"));
    }

    private static ResponseDefinitionBuilder error(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(fixture(fixture));
    }

    /** Answers with each failure in turn, then with {@code success}. */
    private void answerInTurn(Supplier<MappingBuilder> request, ResponseDefinitionBuilder success,
                              ResponseDefinitionBuilder... failures) {
        String state = Scenario.STARTED;
        for (int i = 0; i < failures.length; i++) {
            String next = "after " + (i + 1);
            confluence.server().stubFor(request.get().inScenario("turns").whenScenarioStateIs(state).willSetStateTo(next)
                    .willReturn(failures[i]));
            state = next;
        }
        confluence.server().stubFor(request.get().inScenario("turns").whenScenarioStateIs(state).willReturn(success));
    }

    private ConfluenceRestWiki wiki() {
        return ConfluenceServers.dataCenterWiki(confluence, sleeper);
    }
}
