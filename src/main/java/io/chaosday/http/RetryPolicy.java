package io.chaosday.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLException;

/**
 * Decides whether a failed call is tried again and after how long. Only what is safe to repeat is
 * repeated: a POST that may have reached the server is never sent twice.
 */
public final class RetryPolicy {

    /** One call plus three retries: rides out a restart of one node without keeping a person waiting for minutes. */
    public static final int MAX_ATTEMPTS = 4;

    /** The first backoff's ceiling; doubled for each retry (full jitter picks a wait below it). */
    static final Duration BASE_DELAY = Duration.ofMillis(500);

    /** No backoff waits longer than this, so all retries together stay within a few seconds. */
    static final Duration MAX_DELAY = Duration.ofSeconds(8);

    /** A server asking for longer than this is honoured only up to it: we would rather fail and say so. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final Clock clock;
    private final DoubleSupplier jitter;

    /** @param jitter a source of numbers in [0, 1), e.g. {@code new Random()::nextDouble} */
    RetryPolicy(Clock clock, DoubleSupplier jitter) {
        this.clock = clock;
        this.jitter = jitter;
    }

    /** The wait before trying again after an error status, or empty to give up. */
    Optional<Duration> afterStatus(HttpMethod method, int status, HttpHeaders headers, int attempt) {
        return afterStatus(method.isRepeatable(), status, headers, attempt);
    }

    /** As {@link #afterStatus(HttpMethod, int, HttpHeaders, int)}, for a call known to be safe to repeat or not. */
    Optional<Duration> afterStatus(boolean safeToRepeat, int status, HttpHeaders headers, int attempt) {
        if (attempt >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        boolean retry = refusedBeforeActing(status) || (safeToRepeat && gatewayFailed(status));
        if (!retry) {
            return Optional.empty();
        }
        return Optional.of(retryAfter(headers).orElseGet(() -> backoff(attempt)));
    }

    /** The wait before trying again after a transport failure, or empty to give up. */
    Optional<Duration> afterFailure(HttpMethod method, IOException failure, int attempt) {
        return afterFailure(method.isRepeatable(), failure, attempt);
    }

    /** As {@link #afterFailure(HttpMethod, IOException, int)}, for a call known to be safe to repeat or not. */
    Optional<Duration> afterFailure(boolean safeToRepeat, IOException failure, int attempt) {
        if (attempt >= MAX_ATTEMPTS || isPermanent(failure)) {
            return Optional.empty();
        }
        boolean retry = neverSent(failure) || safeToRepeat;
        return retry ? Optional.of(backoff(attempt)) : Optional.empty();
    }

    /** 429 and 503: the server turned the request away before acting on it, so even a POST can be sent again. */
    static boolean refusedBeforeActing(int status) {
        return status == 429 || status == 503;
    }

    /** 502 and 504: a proxy lost the answer; the request may have reached the server, so only repeatable ones go again. */
    static boolean gatewayFailed(int status) {
        return status == 502 || status == 504;
    }

    /** No connection was made, so nothing was sent: safe to try again whatever the method. */
    static boolean neverSent(IOException failure) {
        return (failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException)
                && !unknownHost(failure);
    }

    /** An unknown host or an untrusted certificate will not be different a second later. */
    static boolean isPermanent(IOException failure) {
        return unknownHost(failure) || tlsFailed(failure);
    }

    static boolean unknownHost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    static boolean tlsFailed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    /** Exponential backoff with full jitter: a random wait below min(MAX_DELAY, BASE_DELAY * 2^(attempt-1)). */
    Duration backoff(int attempt) {
        long ceiling = Math.min(MAX_DELAY.toMillis(), BASE_DELAY.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis((long) (ceiling * jitter.getAsDouble()));
    }

    /** The wait a server asked for when it is longer than {@link #MAX_RETRY_AFTER}: then we stop rather than wait. */
    Optional<Duration> retryAfterBeyondCap(HttpHeaders headers) {
        return headers.firstValue("Retry-After").flatMap(this::parseRetryAfter)
                .filter(wait -> wait.compareTo(MAX_RETRY_AFTER) > 0);
    }

    /** Retry-After in seconds or as an HTTP date, capped at {@link #MAX_RETRY_AFTER}. */
    Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").flatMap(this::parseRetryAfter)
                .map(wait -> wait.isNegative() ? Duration.ZERO : wait)
                .map(wait -> wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
    }

    private Optional<Duration> parseRetryAfter(String value) {
        String text = value.trim();
        try {
            // Seconds beyond a year are not a wait anyone means; this also keeps the Duration arithmetic in range.
            return Optional.of(Duration.ofSeconds(Math.min(Long.parseLong(text), 366L * 24 * 3600)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(Duration.between(clock.instant(), at));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
