package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.PageUpdate;

import java.util.Optional;

/** Pages in REST v2's shape (Confluence Cloud): spaces by id, authors by account id. */
final class PageJson {

    static final String STORAGE = "storage";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A v2 page as read, before its space id and author's account id are turned into names. */
    record Read(String id, String spaceId, String title, int version, Optional<String> body, Optional<String> authorId) {
    }

    private PageJson() {
    }

    static ObjectNode newPage(String spaceId, NewPage page) {
        ObjectNode json = JSON.objectNode()
                .put("spaceId", spaceId)
                .put("status", "current")
                .put("title", page.title());
        page.parentId().ifPresent(parent -> json.put("parentId", parent));
        json.set("body", storageBody(page.body()));
        return json;
    }

    static ObjectNode update(PageUpdate update) {
        ObjectNode json = JSON.objectNode()
                .put("id", update.pageId())
                .put("status", "current")
                .put("title", update.title());
        json.set("body", storageBody(update.body()));
        json.putObject("version")
                .put("number", update.version())
                .put("message", VersionMessage.of(update.marker()));
        return json;
    }

    /** The flat {@code {representation, value}} form of v2's body, not the nested {@code {storage: {...}}} one. */
    private static ObjectNode storageBody(String value) {
        return JSON.objectNode().put("representation", STORAGE).put("value", value);
    }

    static Read read(JsonNode page) {
        JsonNode body = page.path("body").path(STORAGE).path("value");
        return new Read(ContentJson.required(page, "id"),
                ContentJson.required(page, "spaceId"),
                page.path("title").asText(""),
                page.path("version").path("number").asInt(0),
                body.isTextual() ? Optional.of(body.asText()) : Optional.empty(),
                ContentJson.text(page.path("version").path("authorId")));
    }
}
