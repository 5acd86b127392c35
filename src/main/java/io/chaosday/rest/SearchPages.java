package io.chaosday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.http.ErrorBody;
import io.chaosday.http.RestClient;
import io.chaosday.link.Urls;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a paged search finite and small whatever the server says: it ends on an empty page, and
 * stops with an error on an answer that is no search result, on a page token seen before, on a
 * page of issues already read, past a number of issues no Chaos Day reaches, or past an amount of
 * text no Chaos Day's issues hold. A search that stopped early must not pass for a complete one:
 * a create would take the issues it missed for missing and make them again.
 */
final class SearchPages {

    /** What is done with one page's issues, before the next page is asked for. */
    interface EachPage<E extends Exception> {
        void read(JsonNode issues) throws E;
    }

    /**
     * A 100-team Chaos Day with six experiments per team and an improvement idea or two per review
     * has about 1,000 issues; five times that is not one Chaos Day, and its issues fit in memory.
     */
    static final int MAX_ISSUES = 5_000;

    /**
     * Characters kept per search (summaries, labels, names, our properties): about 2,500 for an
     * issue of a Chaos Day with a full experiment card, so 5,000 issues at most 12.5 M; 16 M
     * characters is at most 32 MB of heap. Anything larger is a hostile or broken answer.
     */
    static final long MAX_CHARS = 16_000_000;

    private final URI site;
    private final String path;
    private final Set<String> tokens = new HashSet<>();
    private final Set<String> keys = new HashSet<>();
    private long chars;

    SearchPages(URI site, String path) {
        this.site = site;
        this.path = path;
    }

    /** The pages of a search on this kind of site: {@code /rest/api/3/search/jql} on Cloud, {@code /rest/api/2/search} on Data Center. */
    static SearchPages of(URI site, boolean cloud) {
        return new SearchPages(site, cloud ? "/rest/api/3/search/jql" : "/rest/api/2/search");
    }

    /** Cloud's search is the one under {@code /rest/api/3/}; it pages by token and sends no total. */
    private boolean cloud() {
        return path.startsWith("/rest/api/3/");
    }

    /**
     * Reads the search {@code request} page by page as the site pages it: Data Center by
     * {@code startAt} up to the {@code total} of each answer, Cloud by {@code nextPageToken} until
     * {@code isLast} or no token. Each page is checked here and handed to {@code each} in order;
     * an empty page ends the search even when the total promised more (the total was wrong, not the pages).
     */
    <E extends Exception> void readAll(RestClient client, ObjectNode request, EachPage<E> each) throws E {
        Urls.Path url = cloud() ? Urls.path("rest", "api", "3", "search", "jql") : Urls.path("rest", "api", "2", "search");
        int read = 0;
        while (true) {
            if (!cloud()) {
                request.put("startAt", read);
            }
            JsonNode page = client.postSafeToRepeat(url, request);
            JsonNode issues = issues(page);
            int total = cloud() ? 0 : total(page);
            if (!accept(issues)) {
                return;
            }
            each.read(issues);
            read += issues.size();
            if (cloud()) {
                JsonNode next = page.path("nextPageToken");
                if (!next.isTextual() || page.path("isLast").asBoolean(false)) {
                    return;
                }
                checkToken(next.asText());
                request.put("nextPageToken", next.asText());
            } else if (read >= total) {
                return;
            }
        }
    }

    /**
     * The page's issues, which must be there: an answer without them (a gateway's or an index
     * rebuild's error body answered with 200) says nothing about which issues exist.
     */
    JsonNode issues(JsonNode page) {
        JsonNode issues = page.path("issues");
        if (!issues.isArray()) {
            throw notAnswered("answered without a list of issues", page);
        }
        return issues;
    }

    /** Data Center's total, which must be there for the same reason. */
    int total(JsonNode page) {
        JsonNode total = page.path("total");
        if (!total.canConvertToInt() || total.asInt() < 0) {
            throw notAnswered("answered without a total", page);
        }
        return total.asInt();
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

    /** Counts what is kept of an issue; past {@link #MAX_CHARS} the search stops. */
    TrackedIssue keep(TrackedIssue issue) {
        chars += issue.key().length() + issue.summary().length() + issue.status().length()
                + issue.assignee().map(String::length).orElse(0) + issue.epicKey().map(String::length).orElse(0);
        chars += issue.labels().stream().mapToLong(String::length).sum();
        for (Map<String, String> property : issue.properties().values()) {
            chars += property.entrySet().stream().mapToLong(e -> e.getKey().length() + e.getValue().length()).sum();
        }
        if (chars > MAX_CHARS) {
            throw stop("sent more than " + MAX_CHARS / 1_000_000 + " million characters of issues, more than any Chaos Day has");
        }
        return issue;
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

    private TrackerException notAnswered(String what, JsonNode page) {
        String words = ErrorBody.of(page).words();
        return new TrackerException(TrackerException.Kind.UNAVAILABLE, "Jira's search at " + site + path + " " + what
                + (words.isEmpty() ? "" : " (" + words + ")")
                + ", so which issues exist is unknown and nothing was written. Try again; if it recurs,"
                + " ask the Jira administrator to check the site's search index");
    }
}
