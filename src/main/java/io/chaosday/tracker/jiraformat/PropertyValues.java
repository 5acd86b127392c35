package io.chaosday.tracker.jiraformat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Our issue properties other than the identity: flat maps of text. Data Center declares a
 * property value as JSON text in a string, Cloud as an object; both are read, each is written.
 */
public final class PropertyValues {

    private PropertyValues() {
    }

    public static Optional<Map<String, String>> read(ObjectMapper json, JsonNode value) {
        return object(json, value).map(object -> {
            Map<String, String> map = new LinkedHashMap<>();
            object.fields().forEachRemaining(e -> map.put(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            return map;
        });
    }

    /** A property value as a JSON object, whether it came as an object or as JSON text in a string. */
    static Optional<JsonNode> object(ObjectMapper json, JsonNode value) {
        JsonNode object = value;
        if (value != null && value.isTextual()) {
            try {
                object = json.readTree(value.asText());
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }
        return object != null && object.isObject() ? Optional.of(object) : Optional.empty();
    }

    public static ObjectNode toJson(ObjectMapper json, Map<String, String> value) {
        ObjectNode object = json.createObjectNode();
        value.forEach(object::put);
        return object;
    }
}
