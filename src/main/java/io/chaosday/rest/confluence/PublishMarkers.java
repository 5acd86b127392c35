package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.PublishMarker;
import io.chaosday.tracker.TrackerException;
import io.chaosday.tracker.WikiConflictException;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our marker on a page: the content property {@value PublishMarker#PROPERTY_KEY}, through REST v1
 * on Data Center and Cloud alike. A property has its own version number, apart from the page's:
 * each write sends the next one, so two publishers racing get a 409, not a lost write. The version
 * seen when the page was read is kept, so writing the marker after a page update needs no read.
 */
final class PublishMarkers {

    /** Stands for "read with the page, and there was none". */
    private static final int ABSENT = 0;

    private final ConfluenceCalls calls;
    private final Map<String, Integer> seenVersions = new ConcurrentHashMap<>();

    PublishMarkers(ConfluenceCalls calls) {
        this.calls = calls;
    }

    /**
     * The marker that came with a page read. Without one, the key older releases wrote is read once
     * (a page they published and this release has not written yet).
     */
    Optional<PublishMarker> fromPageRead(String pageId, Optional<JsonNode> property) {
        if (property.isPresent()) {
            seenVersions.put(pageId, property.get().path("version").path("number").asInt(ABSENT));
            return MarkerJson.read(property.get().path("value"));
        }
        seenVersions.put(pageId, ABSENT);
        return calls.find(ConfluencePaths.property(pageId, PublishMarker.FORMER_PROPERTY_KEY), Attempt.readMarker(pageId))
                .flatMap(former -> MarkerJson.read(former.path("value")));
    }

    /** Reads the marker on its own (a page found by title). */
    Optional<PublishMarker> read(String pageId) {
        Optional<JsonNode> property = stored(pageId);
        return fromPageRead(pageId, property);
    }

    /** Creates the property on a page that has none. */
    void create(String pageId, PublishMarker marker) {
        ObjectNode property = JsonNodeFactory.instance.objectNode().put("key", PublishMarker.PROPERTY_KEY);
        property.set("value", MarkerJson.value(marker));
        calls.post(ConfluencePaths.properties(pageId), property, Attempt.writeMarker(pageId));
        seenVersions.put(pageId, 1);
    }

    /**
     * Replaces the marker, or creates it when there is none, using the property version seen with the
     * page; read again when none was seen or it turns out to be stale.
     *
     * @throws WikiConflictException when another publish wrote it in between
     */
    void replace(String pageId, PublishMarker marker) {
        Integer seen = seenVersions.remove(pageId);
        if (seen != null) {
            try {
                write(pageId, marker, seen);
                return;
            } catch (WikiConflictException e) {
                // Someone wrote the property since the page was read: read it again, once.
            } catch (TrackerException e) {
                if (e.kind() != TrackerException.Kind.REJECTED) {
                    throw e;
                }
                // A property created meanwhile refuses a second create: read it again, once.
            }
        }
        write(pageId, marker, stored(pageId).map(p -> p.path("version").path("number").asInt(ABSENT)).orElse(ABSENT));
    }

    private void write(String pageId, PublishMarker marker, int currentVersion) {
        if (currentVersion == ABSENT) {
            create(pageId, marker);
            return;
        }
        ObjectNode property = JsonNodeFactory.instance.objectNode().put("key", PublishMarker.PROPERTY_KEY);
        property.set("value", MarkerJson.value(marker));
        property.putObject("version")
                .put("number", currentVersion + 1)
                // No notification and no activity-stream entry for our bookkeeping.
                .put("minorEdit", true);
        calls.put(ConfluencePaths.property(pageId, PublishMarker.PROPERTY_KEY), property, Attempt.writeMarker(pageId));
        seenVersions.put(pageId, currentVersion + 1);
    }

    private Optional<JsonNode> stored(String pageId) {
        // The property's own version is what the next write increments; ask for it by name.
        return calls.find(ConfluencePaths.property(pageId, PublishMarker.PROPERTY_KEY).query("expand", "version"),
                Attempt.readMarker(pageId));
    }
}
