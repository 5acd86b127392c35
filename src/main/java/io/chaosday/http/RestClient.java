package io.chaosday.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.chaosday.link.Urls;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * JSON over HTTPS to one Jira or Confluence site, with the credentials, timeouts and retries every
 * call needs, sent through a {@link Transport} ({@link JdkTransport} unless told otherwise, whose
 * TLS certificates are always checked with Java's own trust store).
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
    private final Transport transport;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final Duration maxTime;
    private final Instant deadline;

    private RestClient(Builder builder) {
        this.base = checkedBase(builder.base);
        this.credentials = builder.credentials;
        this.timeouts = builder.timeouts;
        this.retry = new RetryPolicy(builder.clock, builder.jitter);
        this.sleeper = builder.sleeper;
        this.clock = builder.clock;
        this.maxTime = builder.maxTime;
        this.deadline = clock.instant().plus(maxTime);
        if (builder.transport.isEmpty() && credentials.authorization().isEmpty()) {
            throw new IllegalArgumentException(credentials.origin() + " signs its own requests: give its transport");
        }
        this.transport = builder.transport.orElseGet(() -> new JdkTransport(base, timeouts, builder.maxAnswerBytes, builder.clock));
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

    /**
     * A POST that is safe to repeat when its answer is lost: one that changes nothing (a search, a
     * markup conversion) or whose second arrival changes nothing more (adding labels a page has).
     * Whether a call is safe to repeat is decided per call, not per HTTP method.
     */
    public JsonNode postSafeToRepeat(Urls.Path path, JsonNode body) {
        return send(HttpMethod.POST, path, body, true);
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
        return send(method, path, body, method.isRepeatable());
    }

    private JsonNode send(HttpMethod method, Urls.Path path, JsonNode body, boolean safeToRepeat) {
        Transport.Request request = request(method, path, body);
        String where = path.toString();
        Instant started = clock.instant();
        for (int attempt = 1; ; attempt++) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw RestException.outOfTime(base, method, where, maxTime, Duration.between(started, clock.instant()));
            }
            Duration limit = timeouts.request().compareTo(left) < 0 ? timeouts.request() : left;
            Transport.Response response;
            try {
                response = transport.send(request, limit);
            } catch (AnswerTooLarge tooLarge) {
                throw RestException.tooLarge(base, method, where, tooLarge.limit());
            } catch (IOException failure) {
                Optional<Duration> wait = retry.afterFailure(safeToRepeat, failure, attempt);
                if (wait.isEmpty()) {
                    throw TransportFailures.classify(base, new Timeouts(timeouts.connect(), limit), method, safeToRepeat,
                            where, failure, attempt, Duration.between(started, clock.instant()));
                }
                pause(wait.get(), method, where, started);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw RestException.interrupted(base, method, where, e);
            }
            int status = response.status();
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
            Optional<Duration> wait = retry.afterStatus(safeToRepeat, status, response.headers(), attempt);
            if (wait.isEmpty()) {
                throw RestException.status(base, method, where, status, ErrorBody.parse(json, response.body()),
                        readQuietly(response.body()));
            }
            pause(wait.get(), method, where, started);
        }
    }

    private Transport.Request request(HttpMethod method, Urls.Path path, JsonNode body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("User-Agent", USER_AGENT);
        credentials.authorization().ifPresent(value -> headers.put("Authorization", value));
        if (body == null) {
            return new Transport.Request(method, path.target(), headers, Optional.empty());
        }
        headers.put("Content-Type", "application/json");
        try {
            return new Transport.Request(method, path.target(), headers, Optional.of(json.writeValueAsString(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body as JSON", e);
        }
    }

    private JsonNode answer(HttpMethod method, String where, Transport.Response response) {
        String body = response.body();
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("no content type");
        if (!contentType.toLowerCase(Locale.ROOT).contains("json")) {
            throw RestException.notJson(base, method, where, response.status(), contentType.replaceAll(";.*", ""));
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw RestException.notJson(base, method, where, response.status(), "malformed JSON");
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
        private Optional<Transport> transport = Optional.empty();
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

        /**
         * Sends through this transport instead of {@code java.net.http} (the plugin: Jira's application
         * link); it then owns the connection's own limits, and {@link #timeouts} only words messages.
         */
        public Builder transport(Transport transport) {
            this.transport = Optional.of(transport);
            return this;
        }

        /** The most all calls of this client together may take, retries and waits included; counted from {@link #build()}. */
        public Builder maxTime(Duration maxTime) {
            this.maxTime = maxTime;
            return this;
        }

        /** The largest answer body {@code java.net.http} reads; a larger one fails the call. */
        public Builder maxAnswerBytes(long maxAnswerBytes) {
            this.maxAnswerBytes = maxAnswerBytes;
            return this;
        }

        public RestClient build() {
            return new RestClient(this);
        }
    }
}
