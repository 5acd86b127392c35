package io.chaosday.jira.link;

import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseConnectTimeoutException;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ResponseReadTimeoutException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stand-in for the application link's request factory that really sends over HTTP (with
 * {@link HttpURLConnection}), behaving as SAL's documented contract says: timeouts in
 * milliseconds, redirects followed only when asked, timeouts as {@link ResponseConnectTimeoutException}
 * and {@link ResponseReadTimeoutException}, other failures as {@link ResponseException} with the
 * cause, 401 with an OAuth challenge handed to {@code credentialsRequired}. Relative URLs resolve
 * against the link's RPC URL, as Jira's do.
 */
final class HttpBackedLinkRequests implements ApplicationLinkRequestFactory {

    private final URI rpcUrl;
    private final URI authorisation;
    private boolean credentialsMissing;

    HttpBackedLinkRequests(URI rpcUrl, URI authorisation) {
        this.rpcUrl = rpcUrl;
        this.authorisation = authorisation;
    }

    /** From now on, requests cannot be made: the person has not authorised the link. */
    HttpBackedLinkRequests withoutCredentials() {
        credentialsMissing = true;
        return this;
    }

    @Override
    public ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException {
        if (credentialsMissing) {
            throw new CredentialsRequiredException(this, "no OAuth token for this user");
        }
        return new HttpRequest(methodType, URI.create(rpcUrl.toString().replaceAll("/+$", "") + url));
    }

    @Override
    public URI getAuthorisationURI() {
        return authorisation;
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        return URI.create(authorisation + "&redirectUrl=" + callback);
    }

    private final class HttpRequest implements ApplicationLinkRequest {
        private final Request.MethodType method;
        private final URI url;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private int connectTimeout;
        private int soTimeout;
        private boolean follow = true;
        private String body;
        private String contentType;

        HttpRequest(Request.MethodType method, URI url) {
            this.method = method;
            this.url = url;
        }

        @Override
        public ApplicationLinkRequest addHeader(String headerName, String headerValue) {
            headers.put(headerName, headerValue);
            return this;
        }

        @Override
        public ApplicationLinkRequest setConnectionTimeout(int connectionTimeout) {
            this.connectTimeout = connectionTimeout;
            return this;
        }

        @Override
        public ApplicationLinkRequest setSoTimeout(int soTimeout) {
            this.soTimeout = soTimeout;
            return this;
        }

        @Override
        public ApplicationLinkRequest setFollowRedirects(boolean follow) {
            this.follow = follow;
            return this;
        }

        @Override
        public ApplicationLinkRequest setRequestBody(String requestBody, String contentType) {
            this.body = requestBody;
            this.contentType = contentType;
            return this;
        }

        @Override
        public <R> R execute(ApplicationLinkResponseHandler<R> handler) throws ResponseException {
            HttpURLConnection connection;
            try {
                connection = (HttpURLConnection) url.toURL().openConnection();
                connection.setRequestMethod(method.name());
                connection.setConnectTimeout(connectTimeout);
                connection.setReadTimeout(soTimeout);
                connection.setInstanceFollowRedirects(follow);
                headers.forEach(connection::setRequestProperty);
                if (body != null) {
                    connection.setDoOutput(true);
                    connection.setRequestProperty("Content-Type", contentType);
                    try (OutputStream out = connection.getOutputStream()) {
                        out.write(body.getBytes(StandardCharsets.UTF_8));
                    }
                }
                int status = connection.getResponseCode();
                Map<String, String> answerHeaders = new LinkedHashMap<>();
                connection.getHeaderFields().forEach((name, values) -> {
                    if (name != null && !values.isEmpty()) {
                        answerHeaders.put(name, values.get(0));
                    }
                });
                // The body stays on the connection until the handler reads it, as SAL's does.
                InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
                try (InputStream closing = body == null ? InputStream.nullInputStream() : body) {
                    Response response = new LiveResponse(status, answerHeaders, closing);
                    if (status == 401 && answerHeaders.getOrDefault("WWW-Authenticate", "").startsWith("OAuth")) {
                        return handler.credentialsRequired(response);
                    }
                    return handler.handle(response);
                }
            } catch (SocketTimeoutException e) {
                if (e.getMessage() != null && e.getMessage().toLowerCase().contains("connect")) {
                    throw new ResponseConnectTimeoutException(e.getMessage(), e);
                }
                throw new ResponseReadTimeoutException(e.getMessage(), e);
            } catch (IOException e) {
                throw new ResponseException(e.getMessage(), e);
            }
        }
    }

    private record LiveResponse(int status, Map<String, String> headers, InputStream body) implements Response {
        @Override
        public int getStatusCode() {
            return status;
        }

        @Override
        public String getResponseBodyAsString() throws ResponseException {
            try {
                return new String(body.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ResponseException(e.getMessage(), e);
            }
        }

        @Override
        public InputStream getResponseBodyAsStream() {
            return body;
        }

        @Override
        public Map<String, String> getHeaders() {
            return headers;
        }
    }

}
