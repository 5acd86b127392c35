package io.chaosday.http;

import java.time.Duration;

/** How long one call may take; every request has both limits. */
public record Timeouts(Duration connect, Duration request) {

    /** A reachable server accepts a connection within a few seconds; longer means a wrong host or a firewall. */
    public static final Duration CONNECT = Duration.ofSeconds(10);

    /** A bulk create of 50 issues on a busy Data Center can take several seconds; 30 s still tells a person soon. */
    public static final Duration REQUEST = Duration.ofSeconds(30);

    public static final Timeouts DEFAULT = new Timeouts(CONNECT, REQUEST);
}
