package io.chaosday.jira.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/** A call's JSON body, read after the access check so a caller without the permission learns nothing from its faults. */
final class RequestBody {

    private RequestBody() {
    }

    /** The body's JSON, or null when it is empty; {@link BadInput} when it is not JSON. */
    static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : AnswerJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadInput(Optional.empty(), e.getOriginalMessage());
        }
    }
}
