package io.chaosday.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The command line's {@link Transport}: {@code java.net.http} to one site, TLS checked with Java's
 * own trust store, both {@link Timeouts} on every request.
 */
public final class JdkTransport implements Transport {

    private final String root;
    private final Timeouts timeouts;
    private final HttpClient http;

    /** @param base the site's address, which may carry a context path such as {@code /confluence} */
    public JdkTransport(URI base, Timeouts timeouts) {
        this.root = base.toString().replaceAll("/+$", "");
        this.timeouts = timeouts;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                // Never follow: a redirect would carry the Authorization header to an address the user did not give.
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1 is what every Jira and Confluence proxy speaks; no h2c upgrade surprises.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public Response send(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(root + request.target()))
                .timeout(timeouts.request());
        request.headers().forEach(out::header);
        out.method(request.method().name(), request.body()
                .map(text -> HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .orElseGet(HttpRequest.BodyPublishers::noBody));
        HttpResponse<String> answer = http.send(out.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(answer.statusCode(), answer.headers(), answer.body());
    }

    @Override
    public String toString() {
        return "JdkTransport[" + root + "]";
    }
}
