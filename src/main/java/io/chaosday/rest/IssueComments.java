package io.chaosday.rest;

import io.chaosday.http.BoundedParallel;
import io.chaosday.http.RestClient;
import io.chaosday.link.Urls;
import io.chaosday.tracker.Jql;
import io.chaosday.http.RestException;
import io.chaosday.tracker.jiraformat.WikiMarkup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.Comment;
import io.chaosday.tracker.TextBlock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Optional;

/**
 * An issue's comments as plain text: {@code /rest/api/2/issue/{key}/comment} on Data Center, whose
 * bodies are wiki markup, and {@code /rest/api/3/...} on Cloud, whose bodies are Atlassian Document
 * Format. Written a line per paragraph, every character that means something in the markup escaped
 * (wiki) or kept in a text node (ADF); read back with that markup taken off.
 */
final class IssueComments {

    /** Jira's comment times: {@code 2012-07-06T18:30:00.000+0000}, as both contracts show them. */
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** Comments asked for per page; Jira answers at most its own limit and says how many there are. */
    static final int PAGE = 100;

    private final RestClient client;
    private final JiraApi site;

    IssueComments(RestClient client, JiraApi site) {
        this.client = client;
        this.site = site;
    }

    /** Every comment, oldest first, a page at a time. */
    List<Comment> all(String issueKey) {
        List<Comment> comments = new ArrayList<>();
        int startAt = 0;
        while (true) {
            JsonNode page = client.get(site.api("issue").segment(issueKey).segment("comment")
                    .query("startAt", startAt).query("maxResults", PAGE).query("orderBy", "created"));
            JsonNode list = page.path("comments");
            list.forEach(c -> comments.add(comment(c)));
            startAt += list.size();
            if (list.isEmpty() || startAt >= page.path("total").asInt(startAt)) {
                return comments;
            }
        }
    }

    /** Issues asked for in one search: a JQL {@code key in (...)} of a hundred keys stays well inside any URL or query limit. */
    static final int ISSUES_PER_SEARCH = 100;

    /**
     * The comments of many issues from Jira's search, one search per hundred keys, asking only for
     * the {@code comment} field, which a search returns only when named (pycontribs/jira issues
     * #914 and #1240, on Server and Data Center). Its value is a page of comments: Data Center's
     * CommentsWithPaginationJsonBean, Cloud's PageOfComments ({@code comments}, {@code startAt},
     * {@code maxResults}, {@code total}; both in the vendored contracts, and Cloud's
     * SearchRequestBean.fields names {@code summary,comment} as its example). An issue whose page
     * holds fewer comments than its {@code total} (Jira caps the comments it sends with an issue,
     * and {@code total} stays the true count: atlassian/atlassian-mcp-server issue #230; on Cloud
     * the cap is 100, assumed from its comment resource's default page) is left out, as is an
     * issue the search did not return (gone, or not yet in a lagging index): the caller reads those
     * one at a time with {@link #all}. Comments are kept in the order the field lists them, oldest
     * first as the issue shows them (assumed, as for {@link #all}'s {@code orderBy=created}).
     */
    Map<String, List<Comment>> searched(List<String> issueKeys, BoundedParallel parallel) throws InterruptedException {
        List<Callable<Map<String, List<Comment>>>> searches = new ArrayList<>();
        for (int start = 0; start < issueKeys.size(); start += ISSUES_PER_SEARCH) {
            List<String> keys = issueKeys.subList(start, Math.min(issueKeys.size(), start + ISSUES_PER_SEARCH));
            searches.add(() -> search(keys));
        }
        Map<String, List<Comment>> comments = new HashMap<>();
        parallel.all(searches).forEach(comments::putAll);
        return comments;
    }

    /**
     * One search, paged as every search is ({@link SearchPages}). Data Center is asked not to
     * validate the query, so a key deleted meanwhile is left out rather than failing the search
     * (SearchRequestBean.validateQuery in the 10.3 document); a search Jira refuses as a bad query
     * (Cloud's, which takes no validateQuery, is assumed to refuse a key it does not know) leaves
     * every issue of it to be read one at a time.
     */
    private Map<String, List<Comment>> search(List<String> keys) {
        ObjectNode request = client.json().createObjectNode().put("jql", Jql.keys(keys)).put("maxResults", ISSUES_PER_SEARCH);
        request.putArray("fields").add("comment");
        if (!site.isCloud()) {
            request.put("validateQuery", false);
        }
        Map<String, List<Comment>> found = new HashMap<>();
        try {
            SearchPages.of(client.base(), site.isCloud()).readAll(client, request, issues -> {
                for (JsonNode issue : issues) {
                    complete(issue.path("fields").path("comment"))
                            .ifPresent(list -> found.put(issue.path("key").asText(), list));
                }
            });
        } catch (RestException e) {
            if (e.reason() == RestException.Reason.STATUS && e.status() == 400) {
                return found;
            }
            throw e;
        }
        return found;
    }

    /** The comments of one issue's {@code comment} field, when they are all there. */
    private Optional<List<Comment>> complete(JsonNode field) {
        JsonNode list = field.path("comments");
        if (!list.isArray() || list.size() < field.path("total").asInt(list.size())) {
            return Optional.empty();
        }
        List<Comment> comments = new ArrayList<>(list.size());
        list.forEach(c -> comments.add(comment(c)));
        return Optional.of(comments);
    }

    /** POST adds a comment each time it arrives: never repeated blindly ({@link RestClient#post}). */
    Comment add(String issueKey, String text) {
        ObjectNode body = client.json().createObjectNode();
        if (site.isCloud()) {
            body.set("body", AdfDocument.render(client.json(),
                    Arrays.stream(text.split("\\R")).<TextBlock>map(TextBlock.Paragraph::new).toList()));
        } else {
            body.put("body", WikiMarkup.lines(text));
        }
        return comment(client.post(site.api("issue").segment(issueKey).segment("comment"), body));
    }

    /** DELETE: safe to repeat; one already gone counts as deleted. */
    void delete(String issueKey, String commentId) {
        try {
            client.delete(site.api("issue").segment(issueKey).segment("comment").segment(commentId));
        } catch (RestException e) {
            if (e.reason() != RestException.Reason.STATUS || e.status() != 404) {
                throw e;
            }
        }
    }

    private Comment comment(JsonNode c) {
        Optional<String> author = Optional.of(c.path("author").path("displayName").asText("")).filter(a -> !a.isBlank());
        String text = site.isCloud() ? adfText(c.path("body")) : WikiMarkup.unescape(c.path("body").asText(""));
        return new Comment(c.path("id").asText(), author, created(c.path("created").asText("")), text);
    }

    private static Instant created(String text) {
        try {
            return OffsetDateTime.parse(text, CREATED).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return Instant.EPOCH; // an unreadable time sorts first; the comment's id still orders it among its kind
            }
        }
    }

    /** A line per paragraph (or heading, or list item) of the document, its text nodes joined. */
    static String adfText(JsonNode doc) {
        List<String> lines = new ArrayList<>();
        blocks(doc, lines);
        return String.join("\n", lines).strip();
    }

    private static void blocks(JsonNode node, List<String> lines) {
        String type = node.path("type").asText();
        if (type.equals("paragraph") || type.equals("heading")) {
            StringBuilder text = new StringBuilder();
            inline(node, text);
            lines.add(text.toString());
        } else {
            node.path("content").forEach(child -> blocks(child, lines));
        }
    }

    private static void inline(JsonNode node, StringBuilder text) {
        if (node.path("type").asText().equals("hardBreak")) {
            text.append(' ');
        }
        text.append(node.path("text").asText(""));
        node.path("content").forEach(child -> inline(child, text));
    }
}
