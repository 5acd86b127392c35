package io.chaosday.http;

import io.chaosday.link.Urls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The command line's {@link Transport}: {@code java.net.http} to one site, TLS checked with Java's
 * own trust store, both {@link Timeouts} on every request.
 */
public final class JdkTransport implements Transport {

    private final String root;
    private final Timeouts timeouts;
    private final HttpClient http;
    private final long maxAnswerBytes;
    private final java.time.Clock clock;

    /** @param base the site's address, which may carry a context path such as {@code /confluence} */
    public JdkTransport(URI base, Timeouts timeouts) {
        this(base, timeouts, RestClient.MAX_ANSWER_BYTES);
    }

    /** @param maxAnswerBytes the largest answer body read; past it the connection is dropped */
    public JdkTransport(URI base, Timeouts timeouts, long maxAnswerBytes) {
        this(base, timeouts, maxAnswerBytes, java.time.Clock.systemUTC());
    }

    /** @param clock what the whole-request deadline is kept on while a body arrives */
    public JdkTransport(URI base, Timeouts timeouts, long maxAnswerBytes, java.time.Clock clock) {
        this.clock = clock;
        this.maxAnswerBytes = maxAnswerBytes;
        this.root = Urls.withoutTrailingSlashes(base.toString());
        this.timeouts = timeouts;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                // Never follow: a redirect would carry the Authorization header to an address the user did not give.
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1 is what every Jira and Confluence proxy speaks; no h2c upgrade surprises.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public Response send(Request request) throws IOException, InterruptedException {
        return send(request, timeouts.request());
    }

    /**
     * One exchange under a deadline that covers the headers and the whole body: a server that
     * sends its headers and then a byte now and then is cut off when {@code limit} has passed.
     */
    @Override
    public Response send(Request request, Duration limit) throws IOException, InterruptedException {
        HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(root + request.target())).timeout(limit);
        request.headers().forEach(out::header);
        out.method(request.method().name(), request.body()
                .map(text -> HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .orElseGet(HttpRequest.BodyPublishers::noBody));
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        java.time.Instant deadline = clock.instant().plus(limit);
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(out.build(), info -> {
            LimitedBody limited = new LimitedBody(maxAnswerBytes, deadline, clock);
            body.set(limited);
            return limited;
        });
        try {
            // The body checks the deadline as its bytes arrive; this wait ends a server that sends nothing at all.
            HttpResponse<String> got = answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return new Response(got.statusCode(), got.headers(), got.body());
        } catch (TimeoutException e) {
            dropConnection(answer, body.get());
            throw new HttpTimeoutException(body.get() == null ? "no answer" : "the answer did not arrive in full");
        } catch (InterruptedException e) {
            dropConnection(answer, body.get());
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof Error error) {
                throw error; // out of memory is not a network failure: never "cannot reach ... (OutOfMemoryError)"
            }
            throw new IOException(cause == null ? "the exchange failed" : cause.getClass().getSimpleName(), cause);
        }
    }

    private static void dropConnection(CompletableFuture<?> answer, LimitedBody body) {
        if (body != null) {
            body.cancel();
        }
        answer.cancel(true);
    }

    @Override
    public String toString() {
        return "JdkTransport[" + root + "]";
    }
}
