package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.PageUpdate;
import io.chaosday.tracker.PublishMarker;
import io.chaosday.tracker.TrackerException;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/** Pages in REST v1's {@code Content} shape (Confluence Data Center). */
final class ContentJson {

    /** What a page read needs: the storage-format body, the version with its author, and the space's key. */
    static final String EXPAND = "body.storage,version,space";

    /** The same, and our marker with it, so that one request tells whether there is anything to do. */
    static final String EXPAND_WITH_MARKER = EXPAND + ",metadata.properties." + PublishMarker.PROPERTY_KEY;

    static final String STORAGE = "storage";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ContentJson() {
    }

    static ObjectNode newPage(NewPage page) {
        ObjectNode content = JSON.objectNode()
                .put("type", "page")
                .put("title", page.title());
        content.putObject("space").put("key", page.spaceKey());
        page.parentId().ifPresent(parent -> content.putArray("ancestors").addObject().put("id", parent));
        content.set("body", storageBody(page.body()));
        // Labels go with the page, so a new page costs no request of its own for them.
        if (!page.labels().isEmpty()) {
            ArrayNode labels = content.putObject("metadata").putArray("labels");
            page.labels().forEach(label -> labels.addObject().put("prefix", PageLabels.PREFIX).put("name", label));
        }
        return content;
    }

    static ObjectNode update(PageUpdate update) {
        ObjectNode content = JSON.objectNode()
                .put("id", update.pageId())
                .put("type", "page")
                .put("title", update.title());
        content.set("body", storageBody(update.body()));
        content.putObject("version")
                .put("number", update.version())
                .put("message", VersionMessage.of(update.marker()));
        return content;
    }

    private static ObjectNode storageBody(String value) {
        ObjectNode body = JSON.objectNode();
        body.putObject(STORAGE).put("value", value).put("representation", STORAGE);
        return body;
    }

    /**
     * Reads a page; {@code sentBody} stands in for the body when the answer leaves it out (a write's answer
     * need not expand it).
     */
    static StoredPage read(JsonNode content, Optional<String> sentBody, Function<String, URI> link) {
        String id = required(content, "id");
        JsonNode body = content.path("body").path(STORAGE).path("value");
        return new StoredPage(id,
                content.path("space").path("key").asText(""),
                content.path("title").asText(""),
                content.path("version").path("number").asInt(0),
                body.isTextual() ? body.asText() : sentBody.orElse(""),
                text(content.path("version").path("by").path("displayName")),
                link.apply(id),
                markerProperty(content.path("metadata").path("properties").path(PublishMarker.PROPERTY_KEY)));
    }

    /**
     * Our marker's property as an expansion gives it: {@code {key, value, version}}, or the bare value as
     * Confluence's own documentation of the expansion shows it.
     */
    static Optional<JsonNode> markerProperty(JsonNode expanded) {
        if (!expanded.isObject()) {
            return Optional.empty();
        }
        if (expanded.has("value")) {
            return Optional.of(expanded);
        }
        ObjectNode property = JSON.objectNode().put("key", PublishMarker.PROPERTY_KEY);
        property.set("value", expanded);
        return Optional.of(property);
    }

    /** A page in the trash (or purged) is gone for us, whichever API still shows it. */
    static boolean isRemoved(JsonNode page) {
        String status = page.path("status").asText("current");
        return status.equals("trashed") || status.equals("deleted");
    }

    static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    static String required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new TrackerException(TrackerException.Kind.UNSUPPORTED,
                    "Confluence's answer has no page " + field + "; is this Confluence?");
        }
        return value.asText();
    }
}
