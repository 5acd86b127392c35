package io.chaosday.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

/** Says, in words a person can act on, why a call got no answer: TLS, unknown host, refused, timed out, broken. */
final class TransportFailures {

    private TransportFailures() {
    }

    /**
     * @param timeouts     the limits of the last try
     * @param safeToRepeat whether the call was repeatable: if not, its outcome is unknown after a lost answer
     * @param tries        how many tries were made
     * @param elapsed      the time from the first try to now, for a message that states it truthfully
     */
    static RestException classify(URI base, Timeouts timeouts, HttpMethod method, boolean safeToRepeat, String where,
                                  IOException failure, int tries, java.time.Duration elapsed) {
        if (RetryPolicy.tlsFailed(failure)) {
            return RestException.tls(base, method, where, innermostMessage(failure), failure);
        }
        if (RetryPolicy.unknownHost(failure)) {
            return RestException.unreachable(base, method, where, "unknown host " + base.getHost(), failure);
        }
        if (RetryPolicy.neverSent(failure)) {
            String why = failure instanceof HttpTimeoutException
                    ? "no connection within " + timeouts.connect().toSeconds() + " s"
                    : Optional.ofNullable(failure.getMessage()).orElse("connection refused");
            return RestException.unreachable(base, method, where, why, failure);
        }
        if (!safeToRepeat) {
            String why = failure instanceof HttpTimeoutException
                    ? "no complete answer within " + RestException.seconds(timeouts.request()) : describe(failure);
            return RestException.mayHaveLanded(base, method, where, why, failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return RestException.timedOut(base, method, where, timeouts.request(), tries, elapsed, failure);
        }
        return RestException.unreachable(base, method, where, describe(failure), failure);
    }

    private static String describe(IOException failure) {
        return Optional.ofNullable(failure.getMessage()).orElse(failure.getClass().getSimpleName());
    }

    private static String innermostMessage(Throwable failure) {
        String message = failure.getClass().getSimpleName();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }

}
