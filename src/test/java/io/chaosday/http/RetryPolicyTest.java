package io.chaosday.http;

import org.junit.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;

import static org.junit.Assert.assertEquals;

public class RetryPolicyTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2025-05-01T12:00:00Z"), ZoneOffset.UTC);
    private static final HttpHeaders NONE = headers(Map.of());

    private final RetryPolicy policy = new RetryPolicy(NOON, () -> 0.5);

    @Test
    public void retryAfterAsAnHttpDateIsMeasuredFromTheClock() {
        HttpHeaders later = headers(Map.of("Retry-After", List.of("Thu, 01 May 2025 12:00:09 GMT")));

        assertEquals(Optional.of(Duration.ofSeconds(9)), policy.afterStatus(HttpMethod.GET, 503, later, 1));
    }

    @Test
    public void gatewayFailuresAreRetriedOnlyForRepeatableMethods() {
        assertEquals(Optional.of(Duration.ofMillis(250)), policy.afterStatus(HttpMethod.PUT, 504, NONE, 1));
        assertEquals(Optional.empty(), policy.afterStatus(HttpMethod.POST, 504, NONE, 1));
    }

    @Test
    public void tooManyRequestsIsRetriedEvenForPost() {
        assertEquals(Optional.of(Duration.ofMillis(500)), policy.afterStatus(HttpMethod.POST, 429, NONE, 2));
    }

    @Test
    public void otherClientErrorsAreNeverRetried() {
        for (int status : List.of(400, 401, 403, 404, 409, 500)) {
            assertEquals("status " + status, Optional.empty(), policy.afterStatus(HttpMethod.GET, status, NONE, 1));
        }
    }

    @Test
    public void backoffGrowsAndStopsAtItsCeiling() {
        RetryPolicy full = new RetryPolicy(NOON, () -> 0.999);

        assertEquals(Duration.ofMillis(499), full.backoff(1));
        assertEquals(Duration.ofMillis(3996), full.backoff(4));
        assertEquals(Duration.ofMillis(7992), full.backoff(30));
    }

    @Test
    public void aBrokenConnectionIsRetriedForAGetButNotForAPost() {
        IOException reset = new IOException("Connection reset");

        assertEquals(Optional.of(Duration.ofMillis(250)), policy.afterFailure(HttpMethod.GET, reset, 1));
        assertEquals(Optional.empty(), policy.afterFailure(HttpMethod.POST, reset, 1));
        assertEquals(Optional.empty(), policy.afterFailure(HttpMethod.POST, new HttpTimeoutException("request timed out"), 1));
    }

    @Test
    public void aRefusedConnectionIsRetriedEvenForAPostBecauseNothingWasSent() {
        assertEquals(Optional.of(Duration.ofMillis(250)), policy.afterFailure(HttpMethod.POST, new ConnectException(), 1));
    }

    @Test
    public void aFailedHandshakeIsNeverRetried() {
        IOException tls = new IOException(new SSLHandshakeException("PKIX path building failed"));

        assertEquals(Optional.empty(), policy.afterFailure(HttpMethod.GET, tls, 1));
    }

    @Test
    public void nothingIsRetriedPastTheMaximumAttempts() {
        assertEquals(Optional.empty(), policy.afterStatus(HttpMethod.GET, 503, NONE, RetryPolicy.MAX_ATTEMPTS));
        assertEquals(Optional.empty(), policy.afterFailure(HttpMethod.GET, new IOException("reset"), RetryPolicy.MAX_ATTEMPTS));
    }

    private static HttpHeaders headers(Map<String, List<String>> values) {
        return HttpHeaders.of(values, (name, value) -> true);
    }
}
