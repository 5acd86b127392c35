package io.chaosday.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a person's own defaults live: {@code $XDG_CONFIG_HOME/chaosday/config.yaml}, else
 * {@code ~/.config/chaosday/config.yaml} (the XDG Base Directory convention). Read from the
 * environment the command was given, so a run without {@code HOME} reads no user file at all.
 */
final class UserConfig {

    private UserConfig() {
    }

    /** The user file's path; empty when the environment names no home. It need not exist. */
    static Optional<Path> file(Map<String, String> environment) {
        String xdg = environment.getOrDefault("XDG_CONFIG_HOME", "");
        // The convention ignores a relative XDG_CONFIG_HOME.
        if (!xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "chaosday", "config.yaml"));
        }
        String home = environment.getOrDefault("HOME", "");
        if (!home.isBlank() && Path.of(home).isAbsolute()) {
            return Optional.of(Path.of(home, ".config", "chaosday", "config.yaml"));
        }
        return Optional.empty();
    }
}
