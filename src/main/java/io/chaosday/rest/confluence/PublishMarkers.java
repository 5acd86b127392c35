package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.PublishMarker;

import java.util.Optional;

/**
 * Our marker on a page: the content property {@value PublishMarker#PROPERTY_KEY}, through REST v1
 * on Data Center and Cloud alike. A property has its own version number, apart from the page's:
 * each write reads it and sends the next one, so two publishers racing get a 409, not a lost write.
 */
final class PublishMarkers {

    private final ConfluenceCalls calls;

    PublishMarkers(ConfluenceCalls calls) {
        this.calls = calls;
    }

    Optional<PublishMarker> read(String pageId) {
        return stored(pageId).flatMap(property -> MarkerJson.read(property.path("value")));
    }

    /** Creates the property on a page that has none. */
    void create(String pageId, PublishMarker marker) {
        ObjectNode property = JsonNodeFactory.instance.objectNode().put("key", PublishMarker.PROPERTY_KEY);
        property.set("value", MarkerJson.value(marker));
        calls.post(ConfluencePaths.properties(pageId), property, Attempt.writeMarker(pageId));
    }

    /**
     * Replaces the marker, or creates it when it is gone (someone deleted the property).
     *
     * @throws io.chaosday.tracker.WikiConflictException when another publish wrote it in between
     */
    void replace(String pageId, PublishMarker marker) {
        Optional<JsonNode> current = stored(pageId);
        if (current.isEmpty()) {
            create(pageId, marker);
            return;
        }
        ObjectNode property = JsonNodeFactory.instance.objectNode().put("key", PublishMarker.PROPERTY_KEY);
        property.set("value", MarkerJson.value(marker));
        property.putObject("version")
                .put("number", current.get().path("version").path("number").asInt(0) + 1)
                // No notification and no activity-stream entry for our bookkeeping.
                .put("minorEdit", true);
        calls.put(ConfluencePaths.property(pageId, PublishMarker.PROPERTY_KEY), property, Attempt.writeMarker(pageId));
    }

    private Optional<JsonNode> stored(String pageId) {
        // The property's own version is what the next write increments; ask for it by name.
        return calls.find(ConfluencePaths.property(pageId, PublishMarker.PROPERTY_KEY).query("expand", "version"),
                Attempt.readMarker(pageId));
    }
}
