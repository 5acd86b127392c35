package io.chaosday.tracker;

import java.net.URI;

/** A tracker project; {@code link} is where a person opens it. */
public record Project(String key, String name, URI link) {
}
