package io.chaosday.tracker.jiraformat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;

import java.util.Optional;

/** The issue property {@code io.chaosday.identity}: {@code {"chaosDay":"<id>","item":"kickoff/Team 1"}}. */
public final class IdentityProperty {

    private IdentityProperty() {
    }

    public static ObjectNode toJson(ObjectMapper json, IssueIdentity identity) {
        return json.createObjectNode().put("chaosDay", identity.chaosDay().value()).put("item", identity.item().key());
    }

    /**
     * Reads a property value: an object, or JSON text in a string (how Data Center's
     * {@code EntityPropertyBean.value} is declared). Empty when it is not one of ours.
     */
    public static Optional<IssueIdentity> fromJson(ObjectMapper json, JsonNode value) {
        JsonNode object = PropertyValues.object(json, value).orElse(null);
        if (object == null || !object.path("chaosDay").isTextual() || !object.path("item").isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IssueIdentity(new ChaosDayId(object.get("chaosDay").asText()), object.get("item").asText()));
        } catch (IllegalArgumentException notAChaosDayId) {
            return Optional.empty();
        }
    }
}
