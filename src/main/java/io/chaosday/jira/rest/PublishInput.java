package io.chaosday.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.workflow.PublishReviews;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The OpenAPI document's {@code PublishInput}: where to publish, and whether to overwrite edits or only look. */
final class PublishInput {

    private static final Set<String> FIELDS = Set.of("spaceKey", "parentId", "force", "dryRun");
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Za-z0-9_~]{1,255}");
    private static final Pattern PAGE_ID = Pattern.compile("[0-9]{1,19}");

    private PublishInput() {
    }

    static PublishReviews.Target read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadInput(Optional.empty(), "a JSON object");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new BadInput(Optional.of(name), "not a field of a publish request");
            }
        });
        String spaceKey = text(body, "spaceKey", SPACE_KEY, "a Confluence space key")
                .orElseThrow(() -> new BadInput(Optional.of("spaceKey"), "required"));
        Optional<String> parentId = text(body, "parentId", PAGE_ID, "a page id (digits)");
        return new PublishReviews.Target(spaceKey, parentId, flag(body, "force"), flag(body, "dryRun"));
    }

    private static Optional<String> text(JsonNode body, String field, Pattern shape, String what) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || !shape.matcher(value.asText()).matches()) {
            throw new BadInput(Optional.of(field), what);
        }
        return Optional.of(value.asText());
    }

    private static boolean flag(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new BadInput(Optional.of(field), "true or false");
        }
        return value.asBoolean();
    }
}
