package io.chaosday.http;

import java.net.URI;

/** The command line's transport against the shared contract. */
public class JdkTransportTest extends TransportContract {

    @Override
    protected Transport transportTo(URI base, Timeouts timeouts) {
        return new JdkTransport(base, timeouts);
    }

    @Override
    protected Transport transportTo(URI base, Timeouts timeouts, long maxAnswerBytes) {
        return new JdkTransport(base, timeouts, maxAnswerBytes);
    }

    @Override
    protected Transport transportOnClock(URI base, Timeouts timeouts, java.time.Clock clock) {
        return new JdkTransport(base, timeouts, RestClient.MAX_ANSWER_BYTES, clock);
    }
}
