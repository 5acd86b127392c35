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
    private final Map<String, java.util.concurrent.CompletableFuture<Lookup>> people =
            new java.util.concurrent.ConcurrentHashMap<>();

    IssueEdits(RestClient client, JiraApi site) {
        this.client = client;
        this.site = site;
    }

    /**
     * Adds and removes labels with the edit's {@code update} verbs, in one request and without
     * reading the labels first: a label a person adds meanwhile is kept, as it would not be by
     * writing the whole list. Jira's "Updating an Issue via the JIRA REST APIs" (developer.atlassian.com,
     * Data Center 5.0 and later, and Cloud) documents {@code "update": {"labels": [{"add": ...}, {"remove": ...}]}};
     * the Data Center 10.3 document declares {@code update} as lists of field operations. PUT: safe to repeat.
     */
    void changeLabels(String issueKey, Set<String> add, Set<String> remove) {
        ObjectNode body = client.json().createObjectNode();
        ArrayNode operations = body.putObject("update").putArray("labels");
        new java.util.TreeSet<>(remove).stream().filter(label -> !add.contains(label))
                .forEach(label -> operations.addObject().put("remove", label));
        new java.util.TreeSet<>(add).forEach(label -> operations.addObject().put("add", label));
        if (operations.isEmpty()) {
            return;
        }
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
     * Assigns the issue to the one person {@code user} names exactly: a user name, e-mail address or
     * whole display name (Data Center's user search matches all three, and prefixes of them), a
     * name or e-mail on Cloud (whose search matches prefixes too), or a Cloud account id as it is.
     */
    boolean assign(String issueKey, String user) {
        Optional<ObjectNode> person = person(user.strip()).assignee();
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

    /** Whether {@link #assign} would find the person exactly; the answer is kept for the assign that may follow. */
    boolean knowsUser(String user) {
        return person(user.strip()).assignee().isPresent();
    }

    /** Whom a search for {@code user} found when it is no exact match for one person; empty when it is. */
    java.util.List<String> candidates(String user) {
        return person(user.strip()).candidates();
    }

    /** The account id the owner names exactly, to send with a create on Cloud; empty when none or several match. */
    Optional<String> accountIdOf(String user) {
        return person(user.strip()).assignee().map(assignee -> assignee.path("accountId").asText());
    }

    /** A person looked up: the assignee field naming them on an exact match, else whom the search found instead. */
    private record Lookup(Optional<ObjectNode> assignee, java.util.List<String> candidates) {
    }

    /** One lookup per person and run: 600 experiments of a few owners ask for each owner once. */
    private Lookup person(String who) {
        var mine = new java.util.concurrent.CompletableFuture<Lookup>();
        var known = people.putIfAbsent(who, mine);
        if (known != null) {
            try {
                return known.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e; // the lookup's own failure, as it was thrown
            }
        }
        try {
            Lookup found = lookUp(who);
            mine.complete(found);
            return found;
        } catch (RuntimeException e) {
            people.remove(who, mine); // a later call asks again
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The most people a warning names: enough to see why the owner matched no one person. */
    private static final int MAX_CANDIDATES = 10;

    /**
     * The assignee field that names {@code who}, found among the search's answers by an exact match
     * of its account id (Cloud) or user name (Data Center), e-mail address or whole display name,
     * all without case; a search also answers people whose names merely start so, never taken.
     */
    private Lookup lookUp(String who) {
        ObjectNode body = client.json().createObjectNode();
        if (site.isCloud() && ACCOUNT_ID.matcher(who).matches()) {
            return new Lookup(Optional.of(body.put("accountId", who)), java.util.List.of());
        }
        String id = site.isCloud() ? "accountId" : "name";
        JsonNode found = client.get(site.api("user", "search").query(site.isCloud() ? "query" : "username", who));
        java.util.List<JsonNode> exact = new java.util.ArrayList<>();
        java.util.List<String> everyone = new java.util.ArrayList<>();
        for (JsonNode candidate : found.isArray() ? found : client.json().createArrayNode()) {
            if (!candidate.path(id).isTextual()) {
                continue;
            }
            everyone.add(candidate.path("displayName").asText(candidate.path(id).asText()));
            if (who.equalsIgnoreCase(candidate.path(id).asText()) || who.equalsIgnoreCase(candidate.path("emailAddress").asText())
                    || who.equalsIgnoreCase(candidate.path("displayName").asText().strip())) {
                exact.add(candidate);
            }
        }
        if (exact.size() == 1) {
            return new Lookup(Optional.of(body.put(id, exact.get(0).path(id).asText())), java.util.List.of());
        }
        java.util.List<String> named = (exact.isEmpty() ? everyone : exact.stream()
                .map(c -> c.path("displayName").asText(c.path(id).asText()) + " (" + c.path(id).asText() + ")").toList());
        return new Lookup(Optional.empty(), named.stream().limit(MAX_CANDIDATES).toList());
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
