package io.chaosday.tracker;

import java.net.URI;

/** A tracker project; {@code link} is where a person opens it. */
public record Project(String key, String name, URI link) {

    /** The key of the project an issue key names: "CHAOS" for "CHAOS-12" (a project key holds no '-'). */
    public static String keyOfIssue(String issueKey) {
        return issueKey.replaceFirst("-[^-]*$", "");
    }
}
