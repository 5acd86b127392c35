package io.chaosday.tracker;

/** A new version of a page we own; {@code marker.version()} equals {@code version}. */
public record PageUpdate(String pageId, int version, String title, String body, PublishMarker marker) {
}
