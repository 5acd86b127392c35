package io.chaosday.jira.link;

import io.chaosday.tracker.Wiki;

import java.util.List;
import java.util.Optional;

/**
 * What publishing needs to know of Confluence for the person asking: where it would go, and the wiki
 * to write to. {@link ConfluenceConnections} answers from the application link or the fallback
 * settings; tests answer with a wiki of their own.
 */
public interface ConfluenceForPublishing {

    ConfluenceConnections.Target target();

    Optional<Wiki> wiki();

    /**
     * The keys of the spaces publishing through the fallback token may write to: with that token
     * everyone publishes as its owner, so only where an administrator allowed it. None unless said.
     */
    default List<String> fallbackSpaces() {
        return List.of();
    }

    /** What must never be logged: the fallback token, when one is set. */
    default List<String> secrets() {
        return List.of();
    }
}
