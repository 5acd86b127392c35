package io.chaosday.tracker;

import java.net.URI;
import java.util.Optional;

/** A tracker project; {@code link} is where a person opens it. */
public record Project(String key, String name, URI link) {

    /** The key of the project an issue key names: "CHAOS" for "CHAOS-12" (a project key holds no '-'). */
    public static String keyOfIssue(String issueKey) {
        return issueKey.replaceFirst("-[^-]*$", "");
    }

    /**
     * The project of {@code text} when it is an issue key ({@code SPRING-25}); empty for anything
     * else, such as an experiment's title.
     */
    public static Optional<String> ofIssueKey(String text) {
        String key = text.strip();
        return key.matches("[A-Z][A-Z0-9_]*-[1-9][0-9]*") ? Optional.of(keyOfIssue(key)) : Optional.empty();
    }
}
