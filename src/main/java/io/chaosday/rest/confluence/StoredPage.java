package io.chaosday.rest.confluence;

import io.chaosday.tracker.PublishMarker;
import io.chaosday.tracker.WikiPage;

import java.net.URI;
import java.util.Optional;

/** A page as Confluence's page API gives it, before our marker (a separate content property) is added. */
record StoredPage(String id, String spaceKey, String title, int version, String body, Optional<String> lastEditor,
                  URI link) {

    /** This page, with {@code spaceKey} when the answer did not name its space. */
    StoredPage inSpace(String spaceKey) {
        return this.spaceKey.isBlank() ? new StoredPage(id, spaceKey, title, version, body, lastEditor, link) : this;
    }

    WikiPage withMarker(Optional<PublishMarker> marker) {
        return new WikiPage(id, spaceKey, title, version, body, lastEditor, marker, link);
    }
}
