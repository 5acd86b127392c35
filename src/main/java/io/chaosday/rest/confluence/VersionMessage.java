package io.chaosday.rest.confluence;

import io.chaosday.tracker.PublishMarker;

/** The note on each version we write, so people reading the page history see where it came from. */
final class VersionMessage {

    private VersionMessage() {
    }

    static String of(PublishMarker marker) {
        return "Published by Chaos Day from " + marker.source();
    }
}
