package io.chaosday.tracker;

import java.util.List;
import java.util.Optional;

/** A page to create; {@code marker.version()} is 1. */
public record NewPage(String spaceKey, Optional<String> parentId, String title, String body, List<String> labels,
        PublishMarker marker) {

    public NewPage {
        labels = List.copyOf(labels);
    }
}
