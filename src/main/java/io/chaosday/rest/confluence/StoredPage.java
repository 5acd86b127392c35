package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.tracker.PublishMarker;
import io.chaosday.tracker.WikiPage;

import java.net.URI;
import java.util.Optional;

/**
 * A page as Confluence's page API gives it, before our marker (a content property) is read out of it.
 *
 * @param markerProperty our marker's content property ({@code key}, {@code value}, {@code version}), when the
 *                       answer carried it: a page read asks for it along with the page
 */
record StoredPage(String id, String spaceKey, String title, int version, String body, Optional<String> lastEditor,
                  URI link, Optional<JsonNode> markerProperty) {

    StoredPage(String id, String spaceKey, String title, int version, String body, Optional<String> lastEditor, URI link) {
        this(id, spaceKey, title, version, body, lastEditor, link, Optional.empty());
    }

    /** This page, with {@code spaceKey} when the answer did not name its space. */
    StoredPage inSpace(String spaceKey) {
        return this.spaceKey.isBlank()
                ? new StoredPage(id, spaceKey, title, version, body, lastEditor, link, markerProperty) : this;
    }

    StoredPage withMarkerProperty(Optional<JsonNode> property) {
        return new StoredPage(id, spaceKey, title, version, body, lastEditor, link, property);
    }

    WikiPage withMarker(Optional<PublishMarker> marker) {
        return new WikiPage(id, spaceKey, title, version, body, lastEditor, marker, link);
    }
}
