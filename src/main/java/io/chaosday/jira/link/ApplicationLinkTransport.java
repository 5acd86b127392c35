package io.chaosday.jira.link;

import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.ResponseConnectTimeoutException;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ResponseReadTimeoutException;
import io.chaosday.rest.HttpMethod;
import io.chaosday.rest.Timeouts;
import io.chaosday.rest.Transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
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

    public ApplicationLinkTransport(ApplicationLinkRequestFactory requests, String linkName, Timeouts timeouts) {
        this.requests = requests;
        this.linkName = linkName;
        this.timeouts = timeouts;
    }

    @Override
    public Response send(Request request) throws IOException {
        ApplicationLinkRequest out;
        try {
            out = requests.createRequest(methodType(request.method()), request.target());
        } catch (CredentialsRequiredException e) {
            throw new ConfluenceAuthorisationRequired(e.getAuthorisationURI(), linkName);
        }
        out.setConnectionTimeout(millis(timeouts.connect().toMillis()))
                .setSoTimeout(millis(timeouts.request().toMillis()))
                // Never follow: the answer says where, and the shared client reports it.
                .setFollowRedirects(false);
        request.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase(CONTENT_TYPE)) {
                out.addHeader(name, value);
            }
        });
        request.body().ifPresent(body -> out.setRequestBody(body, contentType(request.headers())));
        try {
            return out.execute(new Answer());
        } catch (ResponseException e) {
            throw noAnswer(e);
        }
    }

    /** Hands every answer back as it came; the authorisation case leaves as its own exception. */
    private final class Answer implements ApplicationLinkResponseHandler<Transport.Response> {

        @Override
        public Transport.Response handle(com.atlassian.sal.api.net.Response response) throws ResponseException {
            return new Transport.Response(response.getStatusCode(), headers(response.getHeaders()),
                    response.getResponseBodyAsString());
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
