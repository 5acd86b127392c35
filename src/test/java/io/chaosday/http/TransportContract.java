package io.chaosday.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link Transport} must do, whatever carries the bytes: send the request exactly as
 * given, hand back every answer (errors and redirects included) without judging it, and report a
 * missing answer as the {@link IOException} that {@link RetryPolicy} and {@link TransportFailures}
 * read. Each implementation's test extends this class.
 */
public abstract class TransportContract {

    /** Sites often live under a context path; every target is relative to it. */
    protected static final String CONTEXT_PATH = "/confluence";

    /** Generous, so a busy build machine never trips them; the timeout test sets its own. */
    protected static final Timeouts ROOMY = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));

    private WireMockServer server;

    /** The implementation under test, sending to the site at {@code base} within {@code timeouts}. */
    protected abstract Transport transportTo(URI base, Timeouts timeouts);

    /** As {@link #transportTo(URI, Timeouts)}, reading answers of at most {@code maxAnswerBytes}. */
    protected abstract Transport transportTo(URI base, Timeouts timeouts, long maxAnswerBytes);

    @Before
    public void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    @After
    public void stopServer() {
        server.stop();
    }

    private URI site() {
        return URI.create(server.baseUrl() + CONTEXT_PATH);
    }

    private Transport.Response send(HttpMethod method, String target, Map<String, String> headers, Optional<String> body)
            throws IOException, InterruptedException {
        return transportTo(site(), ROOMY).send(new Transport.Request(method, target, headers, body));
    }

    private void answerEverything(int status, String body) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> received = server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
        assertEquals("requests received", 1, received.size());
        return received.get(0);
    }

    @Test
    public void theMethodPathAndEncodedQueryArriveUnderTheSitesContextPath() throws Exception {
        answerEverything(200, "{}");

        send(HttpMethod.GET, "/rest/api/content?spaceKey=CHAOS&title=Lessons%3A%20Q1%20%26%20more", Map.of(), Optional.empty());

        LoggedRequest request = onlyRequest();
        assertEquals("GET", request.getMethod().getName());
        assertEquals(CONTEXT_PATH + "/rest/api/content?spaceKey=CHAOS&title=Lessons%3A%20Q1%20%26%20more", request.getUrl());
        assertEquals("Lessons: Q1 & more", request.queryParameter("title").firstValue());
    }

    @Test
    public void everyMethodTheAdaptersUseIsSentAsItself() throws Exception {
        answerEverything(200, "{}");

        for (HttpMethod method : HttpMethod.values()) {
            Optional<String> body = method == HttpMethod.GET || method == HttpMethod.DELETE ? Optional.empty() : Optional.of("{}");
            Map<String, String> headers = body.isPresent() ? Map.of("Content-Type", "application/json") : Map.of();
            send(method, "/rest/api/content/1", headers, body);
        }

        List<String> seen = server.getAllServeEvents().stream().map(e -> e.getRequest().getMethod().getName()).toList();
        assertEquals(4, seen.size());
        assertEquals(Set.of("GET", "PUT", "POST", "DELETE"), Set.copyOf(seen));
    }

    @Test
    public void everyHeaderGivenIsSent() throws Exception {
        answerEverything(200, "{}");

        send(HttpMethod.GET, "/rest/api/space", Map.of("Accept", "application/json", "User-Agent", "chaos-day-jira",
                "X-Atlassian-Token", "no-check"), Optional.empty());

        LoggedRequest request = onlyRequest();
        assertEquals("application/json", request.getHeader("Accept"));
        assertEquals("chaos-day-jira", request.getHeader("User-Agent"));
        assertEquals("no-check", request.getHeader("X-Atlassian-Token"));
    }

    @Test
    public void aBodyIsSentAsUtf8TextWithTheContentTypeGiven() throws Exception {
        answerEverything(200, "{}");
        String body = "{\"title\":\"Rückblick — résumé ✓ 回顾\"}";

        send(HttpMethod.POST, "/rest/api/content", Map.of("Content-Type", "application/json"), Optional.of(body));

        LoggedRequest request = onlyRequest();
        assertEquals(body, new String(request.getBody(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(request.getHeader("Content-Type"), request.getHeader("Content-Type").startsWith("application/json"));
    }

    @Test
    public void aRequestWithoutABodySendsNone() throws Exception {
        answerEverything(200, "{}");

        send(HttpMethod.GET, "/rest/api/content/1", Map.of(), Optional.empty());

        assertEquals(0, onlyRequest().getBody().length);
    }

    @Test
    public void theAnswersStatusHeadersAndUtf8BodyComeBackWhole() throws Exception {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withHeader("Location", "/rest/api/content/98765")
                .withBody("{\"title\":\"Rückblick ✓\"}")));

        Transport.Response answer = send(HttpMethod.POST, "/rest/api/content", Map.of("Content-Type", "application/json"),
                Optional.of("{}"));

        assertEquals(201, answer.status());
        assertEquals("/rest/api/content/98765", answer.headers().firstValue("location").orElseThrow());
        assertEquals("{\"title\":\"Rückblick ✓\"}", answer.body());
    }

    @Test
    public void errorStatusesComeBackWithTheirBodiesInsteadOfBeingThrown() throws Exception {
        for (int status : List.of(400, 401, 403, 404, 409, 413, 429, 500, 503)) {
            server.resetAll();
            server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Retry-After", "3")
                    .withHeader("Content-Type", "application/json").withBody("{\"message\":\"status " + status + "\"}")));

            Transport.Response answer = send(HttpMethod.PUT, "/rest/api/content/1",
                    Map.of("Content-Type", "application/json"), Optional.of("{}"));

            assertEquals(status, answer.status());
            assertEquals("{\"message\":\"status " + status + "\"}", answer.body());
            assertEquals("3", answer.headers().firstValue("Retry-After").orElseThrow());
        }
    }

    @Test
    public void aRedirectComesBackUnfollowedSoCredentialsNeverGoElsewhere() throws Exception {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(302)
                .withHeader("Location", server.baseUrl() + "/elsewhere")));

        Transport.Response answer = send(HttpMethod.GET, "/rest/api/space", Map.of(), Optional.empty());

        assertEquals(302, answer.status());
        assertEquals(server.baseUrl() + "/elsewhere", answer.headers().firstValue("Location").orElseThrow());
        onlyRequest();
    }

    @Test
    public void anAnswerWithoutABodyComesBackAsEmptyText() throws Exception {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));

        Transport.Response answer = send(HttpMethod.DELETE, "/rest/api/content/1/label/x", Map.of(), Optional.empty());

        assertEquals(204, answer.status());
        assertEquals("", answer.body());
    }

    @Test
    public void aConnectionThatCannotBeMadeIsAConnectException() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Transport transport = transportTo(URI.create("http://localhost:" + closedPort + CONTEXT_PATH), ROOMY);

        assertThrows(ConnectException.class, () -> transport.send(
                new Transport.Request(HttpMethod.POST, "/rest/api/content", Map.of(), Optional.of("{}"))));
    }

    @Test
    public void aConnectionDroppedMidAnswerIsAnIOException() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        IOException e = assertThrows(IOException.class, () -> send(HttpMethod.GET, "/rest/api/space", Map.of(), Optional.empty()));

        assertTrue(e.getClass().getName(), !(e instanceof ConnectException));
    }

    @Test
    public void anAnswerSlowerThanTheRequestTimeoutIsAnHttpTimeoutException() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(4_000)));
        Transport transport = transportTo(site(), new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(1)));

        assertThrows(HttpTimeoutException.class, () -> transport.send(
                new Transport.Request(HttpMethod.GET, "/rest/api/space", Map.of(), Optional.empty())));
    }

    @Test
    public void anAnswerLargerThanTheCapFailsAndIsNotKept() {
        answerEverything(200, "[" + "\"x\",".repeat(1_000) + "\"x\"]");
        Transport transport = transportTo(site(), ROOMY, 1_024);

        AnswerTooLarge e = assertThrows(AnswerTooLarge.class, () -> transport.send(
                new Transport.Request(HttpMethod.GET, "/rest/api/space", Map.of(), Optional.empty())));

        assertEquals(1_024, e.limit());
    }

    @Test
    public void aBodyTricklingInPastTheLimitIsCutOffByIt() throws Exception {
        // Headers at once, then a byte every 300 ms on the transport's clock: forty bytes would take 12 s.
        SteppingClock clock = new SteppingClock();
        try (TricklingServer trickling = new TricklingServer("{\"name\":\"" + "x".repeat(30) + "\"}", Duration.ofMillis(300),
                clock::advance)) {
            Transport transport = transportOnClock(trickling.base(), new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20)),
                    clock);

            assertThrows(HttpTimeoutException.class, () -> transport.send(
                    new Transport.Request(HttpMethod.GET, "/rest/api/space", Map.of(), Optional.empty()), Duration.ofSeconds(2)));
        }
    }

    /** The transport under test, keeping its whole-request deadline on {@code clock}. */
    protected abstract Transport transportOnClock(URI base, Timeouts timeouts, java.time.Clock clock);
}
