package io.chaosday.tracker;

import java.net.URI;
import java.util.Optional;

/**
 * A wiki page as it is now.
 *
 * @param version    the page's version number
 * @param lastEditor who made the current version (display name), when the wiki says
 * @param marker     what we recorded when we last published it; empty on pages we never wrote
 */
public record WikiPage(String id, String spaceKey, String title, int version, String body,
        Optional<String> lastEditor, Optional<PublishMarker> marker, URI link) {
}
