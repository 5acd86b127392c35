package io.chaosday.http;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP exchange with a site, and nothing more: the request goes out as given, and whatever
 * status comes back is handed back. What a status means, what to retry and how to word a failure
 * stay with {@link RestClient}, so every host (the command line over {@code java.net.http}, the
 * plugin over Jira's application link) shares them.
 */
public interface Transport {

    /**
     * Sends the request and waits for the whole answer.
     *
     * @throws IOException when no answer came (no connection, a broken one, a timeout); the cause
     *                     says which, for {@link RetryPolicy} to decide whether to try again
     */
    Response send(Request request) throws IOException, InterruptedException;

    /**
     * As {@link #send(Request)}, ending by {@code limit} whether or not the whole answer has come
     * (then with an {@link java.net.http.HttpTimeoutException}). A transport whose connection keeps
     * its own limits may ignore it.
     */
    default Response send(Request request, java.time.Duration limit) throws IOException, InterruptedException {
        return send(request);
    }

    /**
     * @param target  the path and query, already percent-encoded, relative to the site's address
     *                (e.g. {@code /rest/api/content?spaceKey=CHAOS}); never an absolute URL
     * @param headers header names and values to send
     * @param body    the body's text (UTF-8), when there is one
     */
    record Request(HttpMethod method, String target, Map<String, String> headers, Optional<String> body) {
        public Request {
            if (!target.startsWith("/")) {
                throw new IllegalArgumentException("a target is a path relative to the site, starting with /: " + target);
            }
            headers = Map.copyOf(headers);
        }
    }

    /** @param body the answer's text, empty when it had none */
    record Response(int status, HttpHeaders headers, String body) {
        public Response {
            body = body == null ? "" : body;
        }
    }
}
