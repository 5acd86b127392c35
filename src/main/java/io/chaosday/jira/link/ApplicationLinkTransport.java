package io.chaosday.jira.link;

import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.ResponseConnectTimeoutException;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ResponseReadTimeoutException;
import io.chaosday.http.BoundedBody;
import io.chaosday.http.HttpMethod;
import io.chaosday.http.RestClient;
import io.chaosday.http.Timeouts;
import io.chaosday.http.Transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plugin's {@link Transport}: each request goes through the Confluence application link's
 * authenticated request factory, which signs it as the person asking (OAuth) or as the link allows.
 * The answer comes back whatever its status; a request that got no answer becomes the same
 * {@link IOException} kinds {@code java.net.http} throws, so the shared retry and wording rules hold.
 */
public final class ApplicationLinkTransport implements Transport {

    private static final String CONTENT_TYPE = "Content-Type";

    private final ApplicationLinkRequestFactory requests;
    private final String linkName;
    private final Timeouts timeouts;
    private final long maxAnswerBytes;
    private final Clock clock;

    public ApplicationLinkTransport(ApplicationLinkRequestFactory requests, String linkName, Timeouts timeouts) {
        this(requests, linkName, timeouts, RestClient.MAX_ANSWER_BYTES, Clock.systemUTC());
    }

    /**
     * @param maxAnswerBytes the largest answer body read; past it the answer fails
     * @param clock          when the whole-request deadline passes
     */
    public ApplicationLinkTransport(ApplicationLinkRequestFactory requests, String linkName, Timeouts timeouts,
            long maxAnswerBytes, Clock clock) {
        this.requests = requests;
        this.linkName = linkName;
        this.timeouts = timeouts;
        this.maxAnswerBytes = maxAnswerBytes;
        this.clock = clock;
    }

    @Override
    public Response send(Request request) throws IOException {
        return send(request, timeouts.request());
    }

    /**
     * The link's connection only times out a silent read; the body is read here under {@code limit}
     * and the size cap, so a trickling or endless answer ends as it does in the command line.
     */
    @Override
    public Response send(Request request, Duration limit) throws IOException {
        Instant deadline = clock.instant().plus(limit);
        ApplicationLinkRequest out;
        try {
            out = requests.createRequest(methodType(request.method()), request.target());
        } catch (CredentialsRequiredException e) {
            throw new ConfluenceAuthorisationRequired(e.getAuthorisationURI(), linkName);
        }
        long silence = Math.min(timeouts.request().toMillis(), limit.toMillis());
        out.setConnectionTimeout(millis(timeouts.connect().toMillis()))
                .setSoTimeout(millis(Math.max(1, silence)))
                // Never follow: the answer says where, and the shared client reports it.
                .setFollowRedirects(false);
        request.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase(CONTENT_TYPE)) {
                out.addHeader(name, value);
            }
        });
        request.body().ifPresent(body -> out.setRequestBody(body, contentType(request.headers())));
        try {
            return out.execute(new Answer(deadline));
        } catch (ResponseException e) {
            throw noAnswer(e);
        } catch (BodyFailure e) {
            throw e.failure;
        }
    }

    /** Carries the body's own failure out of the handler, whose signature allows only SAL's. */
    private static final class BodyFailure extends RuntimeException {
        private final IOException failure;

        BodyFailure(IOException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    /** Hands every answer back as it came; the authorisation case leaves as its own exception. */
    private final class Answer implements ApplicationLinkResponseHandler<Transport.Response> {

        private final Instant deadline;

        Answer(Instant deadline) {
            this.deadline = deadline;
        }

        @Override
        public Transport.Response handle(com.atlassian.sal.api.net.Response response) throws ResponseException {
            String body;
            try {
                body = BoundedBody.read(response.getResponseBodyAsStream(), maxAnswerBytes, deadline, clock);
            } catch (java.net.SocketTimeoutException e) {
                throw new BodyFailure(new HttpTimeoutException("the answer did not arrive in full"));
            } catch (IOException e) {
                throw new BodyFailure(e);
            }
            return new Transport.Response(response.getStatusCode(), headers(response.getHeaders()), body);
        }

        @Override
        public Transport.Response credentialsRequired(com.atlassian.sal.api.net.Response response) {
            throw new ConfluenceAuthorisationRequired(requests.getAuthorisationURI(), linkName);
        }
    }

    private static com.atlassian.sal.api.net.Request.MethodType methodType(HttpMethod method) {
        return switch (method) {
            case GET -> com.atlassian.sal.api.net.Request.MethodType.GET;
            case PUT -> com.atlassian.sal.api.net.Request.MethodType.PUT;
            case POST -> com.atlassian.sal.api.net.Request.MethodType.POST;
            case DELETE -> com.atlassian.sal.api.net.Request.MethodType.DELETE;
        };
    }

    private static String contentType(Map<String, String> headers) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(CONTENT_TYPE))
                .map(Map.Entry::getValue).findFirst().orElse("application/json");
    }

    private static HttpHeaders headers(Map<String, String> headers) {
        Map<String, List<String>> all = Optional.ofNullable(headers).orElse(Map.of()).entrySet().stream()
                .filter(h -> h.getKey() != null && h.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, h -> List.of(h.getValue()), (a, b) -> a));
        return HttpHeaders.of(all, (name, value) -> true);
    }

    /** The kinds of {@link IOException} the shared retry policy and messages read, with SAL's failure as the cause. */
    static IOException noAnswer(ResponseException e) {
        String message = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
        IOException translated;
        if (e instanceof ResponseConnectTimeoutException) {
            translated = new HttpConnectTimeoutException(message);
        } else if (e instanceof ResponseReadTimeoutException) {
            translated = new HttpTimeoutException(message);
        } else if (causedBy(e, ConnectException.class)) {
            translated = new ConnectException(message);
        } else {
            return new IOException(message, e);
        }
        translated.initCause(e);
        return translated;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static int millis(long millis) {
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }

    @Override
    public String toString() {
        return "ApplicationLinkTransport[" + linkName + "]";
    }
}
