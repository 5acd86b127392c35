package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.http.RestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Confluence's own words from an error answer. REST v1 says {@code {"message": "..."}}, which the
 * shared {@code ErrorBody} reads; REST v2 says {@code {"errors": [{"title": "...", "detail": "..."}]}}.
 */
final class ConfluenceErrorWords {

    private ConfluenceErrorWords() {
    }

    /** One line of what Confluence said; empty when it said nothing we can show. */
    static String of(RestException e) {
        if (!e.errorBody().isEmpty()) {
            return e.errorBody().words();
        }
        List<String> words = new ArrayList<>();
        for (JsonNode error : e.answer().path("errors")) {
            text(error, "title").ifPresent(words::add);
            text(error, "detail").ifPresent(words::add);
        }
        return String.join("; ", words);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }
}
