package io.chaosday.site;

import java.util.Objects;

/**
 * The application link from Confluence to Jira, as the Jira macro names it: the link's display
 * name ({@code server}) and its id ({@code serverId}). Without one, pages link to Jira plainly.
 */
public record JiraLink(String server, String serverId) {

    public JiraLink {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(serverId, "serverId");
        if (serverId.isBlank()) {
            throw new IllegalArgumentException("the application link needs its id (serverId)");
        }
    }
}
