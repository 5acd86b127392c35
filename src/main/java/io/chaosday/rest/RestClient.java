package io.chaosday.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * JSON over HTTPS to one Jira or Confluence site, with the credentials, timeouts and retries every
 * call needs. TLS certificates are always checked with Java's own trust store.
 */
public final class RestClient {

    private static final String USER_AGENT = "chaos-day-jira";

    /** Long enough to create a 100-team Chaos Day on a slow site; short enough that a stuck run ends by itself. */
    public static final Duration MAX_TIME = Duration.ofMinutes(15);

    /** A page of 100 issues or a long review page is a few MB; far more is not an answer we can use. */
    public static final long MAX_ANSWER_BYTES = 32L * 1024 * 1024;

    private final URI base;
    private final Credentials credentials;
    private final Timeouts timeouts;
    private final HttpClient http;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final Duration maxTime;
    private final Instant deadline;
    private final long maxAnswerBytes;

    private RestClient(Builder builder) {
        this.base = checkedBase(builder.base);
        this.credentials = builder.credentials;
        this.timeouts = builder.timeouts;
        this.retry = new RetryPolicy(builder.clock, builder.jitter);
        this.sleeper = builder.sleeper;
        this.clock = builder.clock;
        this.maxTime = builder.maxTime;
        this.deadline = clock.instant().plus(maxTime);
        this.maxAnswerBytes = builder.maxAnswerBytes;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                // Never follow: a redirect would carry the Authorization header to an address the user did not give.
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1 is what every Jira and Confluence proxy speaks; no h2c upgrade surprises.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public static Builder builder(URI base, Credentials credentials) {
        return new Builder(base, credentials);
    }

    public URI base() {
        return base;
    }

    public Credentials credentials() {
        return credentials;
    }

    public ObjectMapper json() {
        return json;
    }

    public JsonNode get(Urls.Path path) {
        return send(HttpMethod.GET, path, null);
    }

    /** GET, with 404 meaning "there is none". */
    public Optional<JsonNode> find(Urls.Path path) {
        try {
            return Optional.of(get(path));
        } catch (RestException e) {
            if (e.reason() == RestException.Reason.STATUS && e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public JsonNode post(Urls.Path path, JsonNode body) {
        return send(HttpMethod.POST, path, body);
    }

    public JsonNode put(Urls.Path path, JsonNode body) {
        return send(HttpMethod.PUT, path, body);
    }

    public JsonNode delete(Urls.Path path) {
        return send(HttpMethod.DELETE, path, null);
    }

    /**
     * Sends one request, retrying what {@link RetryPolicy} allows; returns the answer's JSON
     * ({@link MissingNode} when it has none).
     *
     * @throws RestException for an error status or when no usable answer came
     */
    public JsonNode send(HttpMethod method, Urls.Path path, JsonNode body) {
        String where = path.toString();
        Instant started = clock.instant();
        for (int attempt = 1; ; attempt++) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw RestException.outOfTime(base, method, where, maxTime, Duration.between(started, clock.instant()));
            }
            Duration limit = timeouts.request().compareTo(left) < 0 ? timeouts.request() : left;
            HttpResponse<String> response;
            try {
                response = exchange(request(method, path, body, limit), limit);
            } catch (LimitedBody.TooLarge tooLarge) {
                throw RestException.tooLarge(base, method, where, maxAnswerBytes);
            } catch (IOException failure) {
                Optional<Duration> wait = retry.afterFailure(method, failure, attempt);
                if (wait.isEmpty()) {
                    throw TransportFailures.classify(base, new Timeouts(timeouts.connect(), limit), method, where, failure,
                            attempt, Duration.between(started, clock.instant()));
                }
                pause(wait.get(), method, where, started);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw RestException.interrupted(base, method, where, e);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return answer(method, where, response);
            }
            if (status >= 300 && status < 400) {
                String location = response.headers().firstValue("Location").map(l -> l.replaceAll("\\?.*", "")).orElse("?");
                throw RestException.redirected(base, method, where, status, location);
            }
            Optional<Duration> asked = retry.retryAfterBeyondCap(response.headers());
            if (asked.isPresent() && RetryPolicy.refusedBeforeActing(status)) {
                throw RestException.askedToWaitTooLong(base, method, where, status, asked.get(), RetryPolicy.MAX_RETRY_AFTER);
            }
            Optional<Duration> wait = retry.afterStatus(method, status, response.headers(), attempt);
            if (wait.isEmpty()) {
                throw RestException.status(base, method, where, status, ErrorBody.parse(json, response.body()),
                        readQuietly(response.body()));
            }
            pause(wait.get(), method, where, started);
        }
    }

    /**
     * One exchange under a deadline that covers the headers and the whole body: a server that
     * sends its headers and then a byte now and then is cut off when {@code limit} has passed.
     */
    private HttpResponse<String> exchange(HttpRequest request, Duration limit) throws IOException, InterruptedException {
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request, info -> {
            LimitedBody limited = new LimitedBody(maxAnswerBytes);
            body.set(limited);
            return limited;
        });
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
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
            throw new IOException(cause == null ? "the exchange failed" : cause.getClass().getSimpleName(), cause);
        }
    }

    private static void dropConnection(CompletableFuture<?> answer, LimitedBody body) {
        if (body != null) {
            body.cancel();
        }
        answer.cancel(true);
    }

    private HttpRequest request(HttpMethod method, Urls.Path path, JsonNode body, Duration limit) {
        HttpRequest.Builder request = HttpRequest.newBuilder(path.resolve(base))
                .timeout(limit)
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("Authorization", credentials.authorization());
        if (body == null) {
            return request.method(method.name(), HttpRequest.BodyPublishers.noBody()).build();
        }
        try {
            return request.header("Content-Type", "application/json")
                    .method(method.name(), HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body as JSON", e);
        }
    }

    private JsonNode answer(HttpMethod method, String where, HttpResponse<String> response) {
        String body = response.body();
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("no content type");
        if (!contentType.toLowerCase(Locale.ROOT).contains("json")) {
            throw RestException.notJson(base, method, where, response.statusCode(), contentType.replaceAll(";.*", ""));
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw RestException.notJson(base, method, where, response.statusCode(), "malformed JSON");
        }
    }

    private JsonNode readQuietly(String body) {
        try {
            JsonNode node = json.readTree(body == null ? "" : body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    private void pause(Duration wait, HttpMethod method, String where, Instant started) {
        if (clock.instant().plus(wait).isAfter(deadline)) {
            // Waiting would outlast the time the whole command may take: say so now rather than later.
            throw RestException.outOfTime(base, method, where, maxTime, Duration.between(started, clock.instant()));
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RestException.interrupted(base, method, where, e);
        }
    }

    private static URI checkedBase(URI base) {
        String scheme = Optional.ofNullable(base.getScheme()).orElse("");
        if (!scheme.equals("https") && !scheme.equals("http") || base.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) address: " + base);
        }
        if (base.getRawUserInfo() != null) {
            throw new IllegalArgumentException("put the credentials in the environment, not in the address " + base.getHost());
        }
        if (base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new IllegalArgumentException("the site address must not have a query or fragment: " + base.getHost());
        }
        return base;
    }

    @Override
    public String toString() {
        return "RestClient[" + base + ", " + credentials + "]";
    }

    /** Settings with sensible defaults; tests replace the clock, sleeper, jitter and timeouts. */
    public static final class Builder {
        private final URI base;
        private final Credentials credentials;
        private Timeouts timeouts = Timeouts.DEFAULT;
        private Sleeper sleeper = Sleeper.REAL;
        private Clock clock = Clock.systemUTC();
        private DoubleSupplier jitter = new Random()::nextDouble;
        private Duration maxTime = MAX_TIME;
        private long maxAnswerBytes = MAX_ANSWER_BYTES;

        private Builder(URI base, Credentials credentials) {
            this.base = base;
            this.credentials = credentials;
        }

        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = timeouts;
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Numbers in [0, 1) that spread the retries of many clients apart. */
        public Builder jitter(DoubleSupplier jitter) {
            this.jitter = jitter;
            return this;
        }

        /** The most all calls of this client together may take, retries and waits included; counted from {@link #build()}. */
        public Builder maxTime(Duration maxTime) {
            this.maxTime = maxTime;
            return this;
        }

        /** The largest answer body read; a larger one fails the call. */
        public Builder maxAnswerBytes(long maxAnswerBytes) {
            this.maxAnswerBytes = maxAnswerBytes;
            return this;
        }

        public RestClient build() {
            return new RestClient(this);
        }
    }
}
