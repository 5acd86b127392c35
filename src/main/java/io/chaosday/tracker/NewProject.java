package io.chaosday.tracker;

import java.util.Optional;

/** A project to create for a Chaos Day; {@code lead} defaults to the calling user. */
public record NewProject(String key, String name, Optional<String> lead) {
}
