package io.chaosday.jira.link;

import io.chaosday.http.Timeouts;
import io.chaosday.http.Transport;
import io.chaosday.http.TransportContract;

import java.net.URI;

/**
 * The application link's transport against the same contract as the command line's, over a request
 * factory that really sends HTTP the way SAL documents it.
 */
public class ApplicationLinkTransportTest extends TransportContract {

    static final URI AUTHORISE = URI.create("https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?applicationLinkID=1");

    @Override
    protected Transport transportTo(URI base, Timeouts timeouts) {
        return new ApplicationLinkTransport(new HttpBackedLinkRequests(base, AUTHORISE), "Team wiki", timeouts);
    }

    @Override
    protected Transport transportTo(URI base, Timeouts timeouts, long maxAnswerBytes) {
        return new ApplicationLinkTransport(new HttpBackedLinkRequests(base, AUTHORISE), "Team wiki", timeouts,
                maxAnswerBytes, java.time.Clock.systemUTC());
    }

    @Override
    protected Transport transportOnClock(URI base, Timeouts timeouts, java.time.Clock clock) {
        return new ApplicationLinkTransport(new HttpBackedLinkRequests(base, AUTHORISE), "Team wiki", timeouts,
                io.chaosday.http.RestClient.MAX_ANSWER_BYTES, clock);
    }
}
