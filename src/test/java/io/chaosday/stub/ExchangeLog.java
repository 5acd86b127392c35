package io.chaosday.stub;

import com.sun.net.httpserver.HttpExchange;
import io.chaosday.rest.Exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a local stub received and answered, kept so a test can hold both to Atlassian's documents. */
final class ExchangeLog {

    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    /** Bodies of requests not yet answered. Not HttpExchange attributes: those are shared by the whole context. */
    private final Map<HttpExchange, byte[]> bodies = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads the request body once and keeps it for the exchange's record. */
    byte[] body(HttpExchange http) throws java.io.IOException {
        byte[] body = http.getRequestBody().readAllBytes();
        bodies.put(http, body);
        return body;
    }

    /** An answer sent; {@code onContract} false when the stub answers beyond the document on purpose. */
    void answered(HttpExchange http, int status, String body, boolean onContract) {
        add(http, onContract ? Optional.of(new Exchange.Answer(status, "application/json", body)) : Optional.empty());
    }

    /** No answer: the connection was dropped on purpose. */
    void unanswered(HttpExchange http) {
        add(http, Optional.empty());
    }

    private void add(HttpExchange http, Optional<Exchange.Answer> answer) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        http.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        String url = http.getRequestURI().getRawPath()
                + (http.getRequestURI().getRawQuery() == null ? "" : "?" + http.getRequestURI().getRawQuery());
        exchanges.add(new Exchange(http.getRequestMethod(), url, headers, bodies.remove(http), answer));
    }

    List<Exchange> all() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }
}
