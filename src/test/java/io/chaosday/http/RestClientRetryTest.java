package io.chaosday.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.chaosday.link.Urls;
import io.chaosday.rest.ContractCheckedWireMock;
import io.chaosday.rest.OpenApiContract;
import io.chaosday.rest.Secrets;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class RestClientRetryTest {

    private static final Urls.Path SERVER_INFO = Urls.path("rest", "api", "2", "serverInfo");
    private static final Urls.Path BULK = Urls.path("rest", "api", "2", "issue", "bulk");

    @Rule
    public final ContractCheckedWireMock jira = new ContractCheckedWireMock(OpenApiContract.jiraDataCenter());

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    public void tooManyRequestsWaitsAsLongAsRetryAfterSays() {
        answerInTurn(() -> get(urlPathEqualTo(SERVER_INFO.toString())),
                aResponse().withStatus(429).withHeader("Retry-After", "7"));

        JsonNode info = client().get(SERVER_INFO);

        assertEquals("Server", info.path("deploymentType").asText());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits());
    }

    @Test
    public void aRetryAfterLongerThanTheCapStopsAtOnceAndSaysWhatWasAsked() {
        answerInTurn(() -> get(urlPathEqualTo(SERVER_INFO.toString())),
                aResponse().withStatus(429).withHeader("Retry-After", "999999"));

        RestException e = org.junit.Assert.assertThrows(RestException.class, () -> client().get(SERVER_INFO));

        assertEquals(List.of(), sleeper.waits());
        assertEquals(RestException.Reason.TIMED_OUT, e.reason());
        assertTrue(e.getMessage(), e.getMessage().endsWith("answered GET /rest/api/2/serverInfo with 429 and asked to wait"
                + " 16666 min 39 s before trying again, longer than the 60 s this tool waits; try again later"));
    }

    @Test
    public void aRetryAfterOfExactlyTheCapIsWaited() {
        answerInTurn(() -> get(urlPathEqualTo(SERVER_INFO.toString())),
                aResponse().withStatus(429).withHeader("Retry-After", String.valueOf(RetryPolicy.MAX_RETRY_AFTER.toSeconds())));

        client().get(SERVER_INFO);

        assertEquals(List.of(RetryPolicy.MAX_RETRY_AFTER), sleeper.waits());
    }

    @Test
    public void aBurstOf503sIsRiddenOutWithExponentialJitteredWaits() {
        answerInTurn(() -> get(urlPathEqualTo(SERVER_INFO.toString())),
                aResponse().withStatus(503), aResponse().withStatus(503), aResponse().withStatus(503));

        client().get(SERVER_INFO);

        // jitter 0.5 of ceilings 500 ms, 1 s, 2 s
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.waits());
        assertEquals(4, jira.received().size());
    }

    @Test
    public void retriesStopAtTheMaximumNumberOfAttempts() {
        jira.server().stubFor(get(urlPathEqualTo(SERVER_INFO.toString())).willReturn(aResponse().withStatus(503)));

        RestException e = assertThrows(RestException.class, () -> client().get(SERVER_INFO));

        assertEquals(503, e.status());
        assertEquals(RetryPolicy.MAX_ATTEMPTS, jira.received().size());
        assertEquals(RetryPolicy.MAX_ATTEMPTS - 1, sleeper.waits().size());
    }

    @Test
    public void aResetConnectionOnAGetIsTriedAgain() {
        // Java's HttpClient itself repeats a GET once on a broken connection; two resets reach our own loop.
        answerInTurn(() -> get(urlPathEqualTo(SERVER_INFO.toString())),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        client().get(SERVER_INFO);

        assertEquals(3, jira.received().size());
        assertEquals("our loop waited once, after Java's own repeat", 1, sleeper.waits().size());
    }

    @Test
    public void aResetConnectionOnAPostIsNotTriedAgainAndSaysTheWriteMayHaveHappened() {
        jira.server().stubFor(post(urlPathEqualTo(BULK.toString()))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        RestException e = assertThrows(RestException.class, () -> client().post(BULK, emptyBulk()));

        assertEquals(RestException.Reason.MAY_HAVE_LANDED, e.reason());
        assertTrue(e.getMessage(), e.getMessage().contains("may or may not have been made"));
        assertEquals(1, jira.received().size());
        assertTrue(sleeper.waits().isEmpty());
    }

    @Test
    public void a503OnAPostIsTriedAgainBecauseTheServerDidNothing() {
        jira.server().stubFor(post(urlPathEqualTo(BULK.toString())).inScenario("bulk").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("unavailable once").willReturn(aResponse().withStatus(503)));
        jira.server().stubFor(post(urlPathEqualTo(BULK.toString())).inScenario("bulk").whenScenarioStateIs("unavailable once")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"issues\":[],\"errors\":[]}")));

        client().post(BULK, emptyBulk());

        assertEquals(2, jira.received().size());
    }

    @Test
    public void a502OnAPostIsNotTriedAgainBecauseTheRequestMayHaveArrived() {
        jira.server().stubFor(post(urlPathEqualTo(BULK.toString())).willReturn(aResponse().withStatus(502)));

        RestException e = assertThrows(RestException.class, () -> client().post(BULK, emptyBulk()));

        assertEquals(502, e.status());
        assertEquals(1, jira.received().size());
    }

    @Test
    public void aClientErrorIsNeverTriedAgain() {
        jira.server().stubFor(get(urlPathEqualTo(SERVER_INFO.toString())).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"errorMessages\":[\"Bad\"],\"errors\":{}}")));

        RestException e = assertThrows(RestException.class, () -> client().get(SERVER_INFO));

        assertEquals(400, e.status());
        assertEquals(List.of("Bad"), e.errorBody().messages());
        assertEquals(1, jira.received().size());
    }

    /** Answers with each failure in turn, then with a Jira serverInfo. */
    private void answerInTurn(Supplier<MappingBuilder> request,
                              ResponseDefinitionBuilder... failures) {
        String state = Scenario.STARTED;
        for (int i = 0; i < failures.length; i++) {
            String next = "after " + (i + 1);
            jira.server().stubFor(request.get().inScenario("turns").whenScenarioStateIs(state).willSetStateTo(next)
                    .willReturn(failures[i]));
            state = next;
        }
        jira.server().stubFor(request.get().inScenario("turns").whenScenarioStateIs(state)
                .willReturn(okJson("{\"deploymentType\":\"Server\",\"issues\":[],\"errors\":[]}")));
    }

    private JsonNode emptyBulk() {
        return new ObjectMapper().createObjectNode().set("issueUpdates", new ObjectMapper().createArrayNode());
    }

    private RestClient client() {
        return RestClient.builder(jira.base(), Secrets.BEARER)
                .sleeper(sleeper).clock(Clock.systemUTC()).jitter(() -> 0.5).build();
    }
}
