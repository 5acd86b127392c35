package io.chaosday.http;

import io.chaosday.reliability.Figures;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.chaosday.rest.Secrets.assertNoToken;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.chaosday.link.Urls;
import io.chaosday.rest.Secrets;
import java.net.URI;
import java.time.Duration;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;

/**
 * A server that trickles, floods or keeps asking for patience cannot hold a call for longer than
 * its stated limits, and the message says how long it really took.
 */
public class HostileServerTest {

    private static final Urls.Path SERVER_INFO = Urls.path("rest", "api", "2", "serverInfo");

    /** Only catches a hang: without the whole-request deadline the trickle below would take 40 s per try. */
    @Rule
    public final Timeout hangGuard = Timeout.seconds(90);

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Before
    public void start() {
        server.start();
    }

    @After
    public void stop() {
        server.stop();
    }

    @Test
    public void aServerTricklingItsBodyIsCutOffAtTheWholeRequestDeadline() throws Exception {
        // Headers at once, then one byte every 2 s on the client's clock: twenty bytes would take 40 s per try.
        SteppingClock clock = new SteppingClock();
        try (TricklingServer trickling = new TricklingServer("{\"version\":\"10.3.0\"}", Duration.ofSeconds(2), clock::advance)) {
            RestClient client = RestClient.builder(trickling.base(), Secrets.BEARER).clock(clock).sleeper(clock::advance)
                    .timeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))).build();
            java.time.Instant started = clock.instant();

            RestException e = assertThrows(RestException.class, () -> client.get(SERVER_INFO));

            assertEquals(RestException.Reason.TIMED_OUT, e.reason());
            assertTrue(e.getMessage(), e.getMessage().contains("did not answer GET /rest/api/2/serverInfo in full within 3 s"
                    + " (" + RetryPolicy.MAX_ATTEMPTS + " tries, "));
            assertEquals(RetryPolicy.MAX_ATTEMPTS, trickling.requests());
            // The clock is the client's: each try ran to its 3 s deadline on it, and the message says the time it measured.
            assertTrue(e.getMessage(), e.getMessage().matches(".* tries, (\\d+ min )?\\d+ s in all\\)$"));
            assertTrue(e.getMessage(), Duration.between(started, clock.instant()).compareTo(Duration.ofSeconds(3L * RetryPolicy.MAX_ATTEMPTS)) >= 0);
            assertNoToken(e);
        }
    }

    @Test
    public void anAnswerLargerThanTheCapIsDroppedNotRead() {
        server.stubFor(get(urlPathEqualTo(SERVER_INFO.toString())).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"x\":\"" + "y".repeat(300_000) + "\"}")));
        RestClient client = RestClient.builder(base(), Secrets.BEARER).sleeper(sleeper).maxAnswerBytes(100 * 1024).build();

        RestException e = assertThrows(RestException.class, () -> client.get(SERVER_INFO));

        assertTrue(e.getMessage(), e.getMessage().contains("answered GET /rest/api/2/serverInfo with more than 100 KB"));
        assertEquals(1, server.getAllServeEvents().size());
    }

    @Test
    public void retriesStopWhenTheirWaitWouldOutlastTheCommandsTimeBudget() {
        server.stubFor(get(urlPathEqualTo(SERVER_INFO.toString())).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "50")));
        SteppingClock clock = new SteppingClock();
        RestClient client = RestClient.builder(base(), Secrets.BEARER).clock(clock).sleeper(clock::advance)
                .maxTime(Duration.ofSeconds(90)).build();

        RestException e = assertThrows(RestException.class, () -> client.get(SERVER_INFO));

        assertEquals(RestException.Reason.TIMED_OUT, e.reason());
        assertEquals("stopped waiting for " + base() + " at GET /rest/api/2/serverInfo (50 s on it): the 90 s allowed"
                + " for the whole command would run out; try again later", e.getMessage());
        assertEquals(2, server.getAllServeEvents().size());
    }

    @Test
    public void aCallAfterTheBudgetIsSpentIsNotSent() {
        SteppingClock clock = new SteppingClock();
        RestClient client = RestClient.builder(base(), Secrets.BEARER).clock(clock).sleeper(clock::advance)
                .maxTime(Duration.ofSeconds(10)).build();
        clock.advance(Duration.ofSeconds(11));

        RestException e = assertThrows(RestException.class, () -> client.get(SERVER_INFO));

        assertTrue(e.getMessage(), e.getMessage().contains("the 10 s allowed for the whole command would run out"));
        assertEquals(0, server.getAllServeEvents().size());
    }

    private URI base() {
        return URI.create("http://localhost:" + server.port());
    }
}
