package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.http.RestClient;
import io.chaosday.http.RestException;
import io.chaosday.rest.WrongProduct;
import io.chaosday.link.Urls;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The shared {@link RestClient} (credentials, timeouts, safe retries) with every failure turned
 * into a {@code TrackerException} that says what we were doing.
 */
final class ConfluenceCalls {

    private final RestClient client;
    private final ConfluenceFailures failures;

    ConfluenceCalls(RestClient client, ConfluenceFailures failures) {
        this.client = client;
        this.failures = failures;
    }

    JsonNode get(Urls.Path path, Attempt attempt) {
        return translated(attempt, () -> client.get(path));
    }

    /** GET, with 404 meaning "there is none" unless Jira answered it (a Jira address given for Confluence). */
    Optional<JsonNode> find(Urls.Path path, Attempt attempt) {
        return translated(attempt, () -> {
            try {
                return Optional.of(client.get(path));
            } catch (RestException e) {
                if (e.reason() == RestException.Reason.STATUS && e.status() == 404
                        && WrongProduct.of(e, WrongProduct.Product.CONFLUENCE).isEmpty()) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    JsonNode post(Urls.Path path, JsonNode body, Attempt attempt) {
        return translated(attempt, () -> client.post(path, body));
    }

    /** A POST that changes nothing, or nothing more the second time: retried like a read ({@link RestClient#postSafeToRepeat}). */
    JsonNode postSafeToRepeat(Urls.Path path, JsonNode body, Attempt attempt) {
        return translated(attempt, () -> client.postSafeToRepeat(path, body));
    }

    JsonNode put(Urls.Path path, JsonNode body, Attempt attempt) {
        return translated(attempt, () -> client.put(path, body));
    }

    ObjectNode object() {
        return client.json().createObjectNode();
    }

    ArrayNode array() {
        return client.json().createArrayNode();
    }

    /** Where a person opens the page. */
    URI link(String pageId) {
        return ConfluencePaths.viewPage(pageId).resolve(client.base());
    }

    private <T> T translated(Attempt attempt, Supplier<T> call) {
        try {
            return call.get();
        } catch (RestException e) {
            throw failures.translate(e, attempt);
        }
    }
}
