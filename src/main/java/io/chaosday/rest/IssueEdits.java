package io.chaosday.rest;

import io.chaosday.http.RestClient;
import io.chaosday.http.RestException;
import io.chaosday.tracker.jiraformat.IssueLinkTypes;
import io.chaosday.tracker.jiraformat.PropertyValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.SourceMarkup;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The smaller edits a Chaos Day makes to single issues: labels, properties, links to pages and
 * to other issues, and reading a description back in the site's own markup.
 */
final class IssueEdits {

    private final RestClient client;
    private final JiraApi site;
    /**
     * People looked up so far or being looked up, by the name they were asked for; empty for a name
     * the site does not know. Calls made at once for the same person wait for one lookup.
     */
    private final Map<String, java.util.concurrent.CompletableFuture<Optional<ObjectNode>>> people =
            new java.util.concurrent.ConcurrentHashMap<>();

    IssueEdits(RestClient client, JiraApi site) {
        this.client = client;
        this.site = site;
    }

    /**
     * Sets the labels to what the issue has now, less {@code remove}, plus {@code add}. Written as
     * the whole list: Data Center's contract declares no add/remove operations on labels. PUT: safe to repeat.
     */
    void changeLabels(String issueKey, Set<String> add, Set<String> remove) {
        JsonNode current = client.get(site.api("issue").segment(issueKey).query("fields", "labels")).path("fields").path("labels");
        Set<String> labels = new java.util.TreeSet<>();
        current.forEach(label -> labels.add(label.asText()));
        labels.removeAll(remove);
        labels.addAll(add);
        ObjectNode body = client.json().createObjectNode();
        ArrayNode list = body.putObject("fields").putArray("labels");
        labels.forEach(list::add);
        client.put(site.api("issue").segment(issueKey), body);
    }

    /**
     * Cloud takes the value as JSON; Data Center's contract declares it JSON text in a string, as
     * at create time, and {@link PropertyValues} reads either back. PUT: safe to repeat.
     */
    void setProperty(String issueKey, String propertyKey, Map<String, String> value) {
        ObjectNode json = PropertyValues.toJson(client.json(), value);
        client.put(site.api("issue").segment(issueKey).segment("properties").segment(propertyKey),
                site.isCloud() ? json : client.json().getNodeFactory().textNode(json.toString()));
    }

    /** With a global id, Jira updates the link it already has under that id instead of adding one: safe to repeat. */
    void addRemoteLink(String issueKey, RemoteLink link) {
        ObjectNode body = client.json().createObjectNode().put("globalId", link.globalId());
        body.putObject("object").put("url", link.url().toString()).put("title", link.title());
        client.postSafeToRepeat(site.api("issue").segment(issueKey).segment("remotelink"), body);
    }

    /** Links the two issues unless a link between them already exists, in either direction. */
    void relate(String issueKey, String otherKey) {
        JsonNode issue = client.get(site.api("issue").segment(issueKey).query("fields", "issuelinks"));
        for (JsonNode link : issue.path("fields").path("issuelinks")) {
            if (otherKey.equals(link.path("inwardIssue").path("key").asText())
                    || otherKey.equals(link.path("outwardIssue").path("key").asText())) {
                return;
            }
        }
        ObjectNode body = client.json().createObjectNode();
        body.putObject("type").put("name", IssueLinkTypes.RELATES);
        body.putObject("inwardIssue").put("key", issueKey);
        body.putObject("outwardIssue").put("key", otherKey);
        client.post(site.api("issueLink"), body);
    }

    /** Cloud account ids: 24 hex digits, or a numeric prefix, a colon and a UUID. */
    private static final java.util.regex.Pattern ACCOUNT_ID =
            java.util.regex.Pattern.compile("[0-9a-f]{24}|\\d+:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    /**
     * Assigns the issue to the person {@code user} names: a user name or e-mail address (Data
     * Center's user search matches both), a name or e-mail (Cloud's), or a Cloud account id as it is.
     */
    boolean assign(String issueKey, String user) {
        Optional<ObjectNode> person = person(user.strip());
        if (person.isEmpty()) {
            return false;
        }
        ObjectNode body = person.get().deepCopy();
        try {
            client.put(site.api("issue").segment(issueKey).segment("assignee"), body);
            return true;
        } catch (RestException e) {
            if (e.reason() == RestException.Reason.STATUS && (e.status() == 400 || e.status() == 404)) {
                return false; // Jira knows no such user, or they cannot be assigned: the caller says so
            }
            throw e;
        }
    }

    /** Whether {@link #assign} would find the person; the answer is kept for the assign that may follow. */
    boolean knowsUser(String user) {
        return person(user.strip()).isPresent();
    }

    /** One lookup per person and run: 600 experiments of a few owners ask for each owner once. */
    private Optional<ObjectNode> person(String who) {
        var mine = new java.util.concurrent.CompletableFuture<Optional<ObjectNode>>();
        var known = people.putIfAbsent(who, mine);
        if (known != null) {
            try {
                return known.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e; // the lookup's own failure, as it was thrown
            }
        }
        try {
            Optional<ObjectNode> found = lookUp(who);
            mine.complete(found);
            return found;
        } catch (RuntimeException e) {
            people.remove(who, mine); // a later call asks again
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The assignee field that names {@code who}; empty when the site knows no such person. */
    private Optional<ObjectNode> lookUp(String who) {
        ObjectNode body = client.json().createObjectNode();
        if (site.isCloud()) {
            if (ACCOUNT_ID.matcher(who).matches()) {
                return Optional.of(body.put("accountId", who));
            }
            JsonNode found = client.get(site.api("user", "search").query("query", who));
            if (!found.isArray() || found.isEmpty() || !found.get(0).path("accountId").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(body.put("accountId", found.get(0).path("accountId").asText()));
        }
        JsonNode found = client.get(site.api("user", "search").query("username", who));
        if (!found.isArray() || found.isEmpty() || !found.get(0).path("name").isTextual()) {
            return Optional.empty();
        }
        JsonNode exact = found.get(0);
        for (JsonNode candidate : found) {
            if (who.equalsIgnoreCase(candidate.path("name").asText()) || who.equalsIgnoreCase(candidate.path("emailAddress").asText())) {
                exact = candidate;
                break;
            }
        }
        return Optional.of(body.put("name", exact.path("name").asText()));
    }

    /** Wiki markup on Data Center; Atlassian Document Format (JSON) on Cloud. */
    Optional<IssueDescription> description(String issueKey) {
        JsonNode description = client.get(site.api("issue").segment(issueKey).query("fields", "description"))
                .path("fields").path("description");
        if (description.isMissingNode() || description.isNull()) {
            return Optional.empty();
        }
        return Optional.of(site.isCloud() ? new IssueDescription(SourceMarkup.ADF, description.toString())
                : new IssueDescription(SourceMarkup.WIKI, description.asText()));
    }
}
