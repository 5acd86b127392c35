package io.chaosday.rest;

import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request a stub received and what it answered, as the contract check sees it; the same for
 * WireMock and for the local stubs over plain HTTP.
 *
 * @param url      path and query, as sent
 * @param answer   empty when no answer was sent (the connection was dropped on purpose), or when the
 *                 test's stub answers off the contract on purpose ({@link #OFF_CONTRACT})
 */
public record Exchange(String method, String url, Map<String, List<String>> headers, byte[] body,
                       Optional<Answer> answer) {

    /** WireMock stub metadata saying why a stub's answer is off the contract on purpose (e.g. "not Jira at all"). */
    public static final String OFF_CONTRACT = "offContract";

    /** Marks a WireMock stub whose answer is off the contract on purpose; the request is still checked. */
    public static Metadata offContract(String why) {
        return Metadata.metadata().attr(OFF_CONTRACT, why).build();
    }

    /** What the stub answered. */
    public record Answer(int status, String contentType, String body) {
    }

    public String path() {
        return url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    }

    static Exchange of(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : request.getAllHeaderKeys()) {
            headers.put(name, request.header(name).values());
        }
        LoggedResponse response = event.getResponse();
        boolean offContract = event.getStubMapping() != null && event.getStubMapping().getMetadata() != null
                && event.getStubMapping().getMetadata().containsKey(OFF_CONTRACT);
        Optional<Answer> answer = offContract || response == null || response.getFault() != null || response.getStatus() == 0
                ? Optional.empty()
                : Optional.of(new Answer(response.getStatus(), contentType(response), response.getBodyAsString()));
        return new Exchange(request.getMethod().getName(), request.getUrl(), headers, request.getBody(), answer);
    }

    private static String contentType(LoggedResponse response) {
        if (response.getHeaders() == null) {
            return null;
        }
        HttpHeader header = response.getHeaders().getHeader("Content-Type");
        return header.isPresent() ? header.firstValue() : null;
    }
}
