package io.chaosday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.tracker.TrackerException;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * Keeps a paged search finite whatever the server says: it ends on an empty page, and stops with
 * an error on a page token seen before, on a page of issues already read, or past a number of
 * issues no Chaos Day reaches. A search that stopped early must not pass for a complete one: a
 * create would take the issues it missed for missing and make them again.
 */
final class SearchPages {

    /** A 100-team Chaos Day with six experiments per team has about 2,000 issues; ten times that is not ours. */
    static final int MAX_ISSUES = 20_000;

    private final URI site;
    private final String path;
    private final Set<String> tokens = new HashSet<>();
    private final Set<String> keys = new HashSet<>();

    SearchPages(URI site, String path) {
        this.site = site;
        this.path = path;
    }

    /** @return false when the page is empty: the search is over */
    boolean accept(JsonNode issues) {
        if (issues.size() == 0) {
            return false;
        }
        boolean anyNew = false;
        for (JsonNode issue : issues) {
            anyNew |= keys.add(issue.path("key").asText(issue.path("id").asText()));
        }
        if (!anyNew) {
            throw stop("sent a page of issues it had already sent");
        }
        if (keys.size() > MAX_ISSUES) {
            throw stop("found more than " + MAX_ISSUES + " issues for one Chaos Day, more than any has");
        }
        return true;
    }

    void checkToken(String token) {
        if (!tokens.add(token)) {
            throw stop("sent a page token it had sent before");
        }
    }

    private TrackerException stop(String what) {
        return new TrackerException(TrackerException.Kind.UNSUPPORTED, "Jira's search at " + site + path + " " + what
                + " (after " + keys.size() + " issues); stopped reading so as not to loop. Try again; if it recurs,"
                + " ask the Jira administrator to check the site's search index");
    }
}
