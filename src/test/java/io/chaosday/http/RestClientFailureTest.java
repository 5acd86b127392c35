package io.chaosday.http;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.chaosday.link.Urls;
import io.chaosday.rest.ContractCheckedWireMock;
import io.chaosday.rest.Exchange;
import io.chaosday.rest.OpenApiContract;
import io.chaosday.rest.Secrets;
import org.junit.Rule;
import org.junit.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.chaosday.rest.Secrets.assertNoToken;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class RestClientFailureTest {

    private static final Urls.Path SERVER_INFO = Urls.path("rest", "api", "2", "serverInfo");

    @Rule
    public final ContractCheckedWireMock jira = new ContractCheckedWireMock(OpenApiContract.jiraDataCenter(),
            WireMockConfiguration.options().dynamicPort().dynamicHttpsPort());

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    public void everyRequestCarriesTheCredentialsAndAsksForJson() {
        jira.server().stubFor(get(urlPathEqualTo(SERVER_INFO.toString())).willReturn(okJson("{}")));

        client(jira.base()).get(SERVER_INFO);

        assertEquals("Bearer " + Secrets.TOKEN, jira.received().get(0).getHeader("Authorization"));
        assertEquals("application/json", jira.received().get(0).getHeader("Accept"));
    }

    @Test
    public void anErrorAnswerShowsTheServersWordsButNeverTheToken() {
        jira.server().stubFor(get(urlPathEqualTo(SERVER_INFO.toString())).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessages\":[\"You are not authenticated.\"],\"errors\":{\"token\":\"expired\"}}")));

        RestException e = assertThrows(RestException.class, () -> client(jira.base()).get(SERVER_INFO.query("q", "x")));

        assertEquals("GET /rest/api/2/serverInfo answered 401: You are not authenticated.; token: expired", e.getMessage());
        assertEquals("/rest/api/2/serverInfo", e.path());
        assertNoToken(e);
    }

    @Test
    public void anAnswerTooSlowForTheTimeoutIsReportedAfterTheRetries() {
        jira.server().stubFor(get(urlPathEqualTo(SERVER_INFO.toString())).willReturn(okJson("{}").withFixedDelay(1500)));
        RestClient client = RestClient.builder(jira.base(), Secrets.BEARER).sleeper(sleeper)
                .timeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(200))).build();

        RestException e = assertThrows(RestException.class, () -> client.get(SERVER_INFO));

        assertEquals(RestException.Reason.TIMED_OUT, e.reason());
        assertTrue(e.getMessage(), e.getMessage().contains("did not answer GET /rest/api/2/serverInfo"));
        assertEquals(RetryPolicy.MAX_ATTEMPTS - 1, sleeper.waits().size());
    }

    @Test
    public void anHtmlAnswerIsNotTakenForJson() {
        jira.server().stubFor(get(urlPathEqualTo(SERVER_INFO.toString())).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody("<html>Welcome</html>"))
                .withMetadata(Exchange.offContract("a web page, not the REST API, on purpose")));

        RestException e = assertThrows(RestException.class, () -> client(jira.base()).get(SERVER_INFO));

        assertEquals(RestException.Reason.NOT_JSON, e.reason());
        assertEquals("text/html", e.contentType().orElseThrow());
    }

    @Test
    public void aRedirectIsNotFollowedSoTheTokenNeverGoesElsewhere() {
        jira.server().stubFor(get(urlPathEqualTo(SERVER_INFO.toString())).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://sso.example.com/login?token=abc")));

        RestException e = assertThrows(RestException.class, () -> client(jira.base()).get(SERVER_INFO));

        assertEquals(RestException.Reason.REDIRECTED, e.reason());
        assertTrue(e.getMessage(), e.getMessage().contains("https://sso.example.com/login "));
        assertEquals(1, jira.received().size());
    }

    @Test
    public void anUntrustedCertificateFailsTheHandshakeAndSaysHowToTrustIt() {
        URI https = URI.create("https://localhost:" + jira.server().httpsPort());

        RestException e = assertThrows(RestException.class, () -> client(https).get(SERVER_INFO));

        assertEquals(RestException.Reason.TLS, e.reason());
        assertTrue(e.getMessage(), e.getMessage().startsWith("TLS handshake with " + https + " failed ("));
        assertTrue(e.getMessage(), e.getMessage().contains("-Djavax.net.ssl.trustStore, never turn checking off"));
        assertTrue("a certificate does not change between tries", sleeper.waits().isEmpty());
    }

    @Test
    public void aRefusedConnectionSaysToCheckTheUrl() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://localhost:" + socket.getLocalPort());
        }
        URI site = closed;

        RestException e = assertThrows(RestException.class, () -> client(site).post(SERVER_INFO, null));

        assertEquals(RestException.Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage(), e.getMessage().startsWith("cannot reach " + site + " ("));
        assertTrue(e.getMessage(), e.getMessage().endsWith("); check the URL"));
        assertEquals("nothing was sent, so even a POST is tried again", RetryPolicy.MAX_ATTEMPTS - 1, sleeper.waits().size());
    }

    @Test
    public void anUnknownHostIsNotTriedAgain() {
        URI site = URI.create("https://no-such-host.invalid");

        RestException e = assertThrows(RestException.class, () -> client(site).get(SERVER_INFO));

        assertEquals(RestException.Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage(), e.getMessage().contains("unknown host no-such-host.invalid"));
        assertTrue(sleeper.waits().isEmpty());
    }

    @Test
    public void theClientNeverShowsItsToken() {
        assertNoToken(client(jira.base()).toString());
    }

    @Test
    public void credentialsInTheAddressAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client(URI.create("https://me:" + Secrets.TOKEN + "@jira.example.com")));

        assertNoToken(e);
    }

    private RestClient client(URI base) {
        return RestClient.builder(base, Secrets.BEARER).sleeper(sleeper).jitter(() -> 0.5).build();
    }
}
