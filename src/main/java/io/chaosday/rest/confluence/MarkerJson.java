package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.PublishMarker;

import java.util.Optional;

/** Our publish marker as the value of the content property: {@code {"version": n, "bodyHash": "...", "source": "...", "inputs": "..."}}. */
final class MarkerJson {

    private MarkerJson() {
    }

    static ObjectNode value(PublishMarker marker) {
        ObjectNode value = JsonNodeFactory.instance.objectNode()
                .put("version", marker.version())
                .put("bodyHash", marker.bodyHash())
                .put("source", marker.source());
        if (!marker.inputs().isEmpty()) {
            value.put("inputs", marker.inputs());
        }
        return value;
    }

    /**
     * The marker in a property's value; empty when it is not one we could have written (someone edited the
     * property by hand), so the page is treated as not ours rather than overwritten on a guess.
     */
    static Optional<PublishMarker> read(JsonNode value) {
        JsonNode version = value.path("version");
        JsonNode bodyHash = value.path("bodyHash");
        JsonNode source = value.path("source");
        if (!version.canConvertToInt() || !version.isIntegralNumber() || !bodyHash.isTextual() || !source.isTextual()) {
            return Optional.empty();
        }
        // Markers of older releases carry no inputs: their pages are rendered once more and compared.
        return Optional.of(new PublishMarker(version.intValue(), bodyHash.asText(), source.asText(),
                value.path("inputs").asText("")));
    }
}
