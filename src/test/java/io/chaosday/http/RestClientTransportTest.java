package io.chaosday.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.link.Urls;
import io.chaosday.rest.Secrets;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The client's rules (headers, JSON, retries, failures) hold whatever transport carries the requests. */
public class RestClientTransportTest {

    private static final URI SITE = URI.create("https://wiki.example.com/confluence");

    private final ScriptedTransport transport = new ScriptedTransport();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    public void requestsGoThroughTheTransportGivenWithTargetHeadersAndJsonBody() {
        transport.answer(200, "{\"id\":\"98765\"}");
        RestClient client = RestClient.builder(SITE, Secrets.BEARER).transport(transport).sleeper(sleeper).build();

        JsonNode answer = client.post(Urls.path("rest", "api", "content").query("expand", "version,body"),
                client.json().createObjectNode().put("title", "Lessons"));

        assertEquals("98765", answer.path("id").asText());
        Transport.Request sent = transport.sent.get(0);
        assertEquals(HttpMethod.POST, sent.method());
        assertEquals("/rest/api/content?expand=version%2Cbody", sent.target());
        assertEquals("application/json", sent.headers().get("Accept"));
        assertEquals("application/json", sent.headers().get("Content-Type"));
        assertEquals("Bearer " + Secrets.TOKEN, sent.headers().get("Authorization"));
        assertEquals(Optional.of("{\"title\":\"Lessons\"}"), sent.body());
    }

    @Test
    public void aTransportThatAuthenticatesItselfGetsNoAuthorizationHeader() {
        transport.answer(200, "{}");
        RestClient client = RestClient.builder(SITE, new Credentials.ApplicationLink("Team wiki")).transport(transport)
                .sleeper(sleeper).build();

        client.get(Urls.path("rest", "api", "space"));

        assertFalse(transport.sent.get(0).headers().containsKey("Authorization"));
    }

    @Test
    public void theRetryRulesApplyToAnyTransport() {
        transport.answer(503, "{}");
        transport.answer(200, "{\"ok\":true}");
        RestClient client = RestClient.builder(SITE, Secrets.BEARER).transport(transport).sleeper(sleeper)
                .jitter(() -> 0.5).build();

        JsonNode answer = client.get(Urls.path("rest", "api", "space"));

        assertTrue(answer.path("ok").asBoolean());
        assertEquals(2, transport.sent.size());
        assertEquals(1, sleeper.waits().size());
    }

    @Test
    public void aLostAnswerToACreateIsNeverSentAgainWhateverTheTransport() {
        transport.fail(new IOException("connection reset"));
        RestClient client = RestClient.builder(SITE, Secrets.BEARER).transport(transport).sleeper(sleeper).build();

        RestException e = assertThrows(RestException.class,
                () -> client.post(Urls.path("rest", "api", "content"), client.json().createObjectNode()));

        assertEquals(RestException.Reason.MAY_HAVE_LANDED, e.reason());
        assertEquals(1, transport.sent.size());
    }

    @Test
    public void credentialsThatNeedTheirOwnTransportAreRefusedWithoutOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RestClient.builder(SITE, new Credentials.ApplicationLink("Team wiki")).build());

        assertTrue(e.getMessage(), e.getMessage().contains("Team wiki"));
    }

    /** Answers from a script, in order, and records what it was asked. */
    private static final class ScriptedTransport implements Transport {
        private final Deque<Object> script = new ArrayDeque<>();
        private final List<Request> sent = new ArrayList<>();

        void answer(int status, String body) {
            script.add(new Response(status, HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (a, b) -> true), body));
        }

        void fail(IOException failure) {
            script.add(failure);
        }

        @Override
        public Response send(Request request) throws IOException {
            sent.add(request);
            Object next = script.isEmpty() ? new IOException("nothing scripted") : script.poll();
            if (next instanceof IOException failure) {
                throw failure;
            }
            return (Response) next;
        }
    }
}
