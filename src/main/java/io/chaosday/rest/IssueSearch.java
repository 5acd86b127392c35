package io.chaosday.rest;

import io.chaosday.http.BoundedParallel;
import io.chaosday.http.RestClient;
import io.chaosday.http.RestException;
import io.chaosday.tracker.jiraformat.PropertyValues;
import io.chaosday.tracker.jiraformat.IdentityProperty;
import io.chaosday.link.Urls;
import io.chaosday.tracker.Jql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.IdentityReader;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.WantedProperty;
import java.util.HashMap;
import java.util.Map;
import io.chaosday.tracker.TrackedIssue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import io.chaosday.tracker.Item;

/**
 * Finds a Chaos Day's issues by label, page by page, with each issue's identity property.
 *
 * <p>Data Center's search cannot return issue properties (JRASERVER-62898; its SearchRequestBean
 * has no {@code properties}), so there each issue's property is read on its own, in parallel.
 * Cloud's {@code /rest/api/3/search/jql} returns them with the issues, paged by {@code nextPageToken}.
 */
final class IssueSearch {

    /** The most issues Jira returns in one page (both kinds cap maxResults at 100 for these fields). */
    static final int PAGE_SIZE = 100;

    private final RestClient client;
    private final JiraApi site;
    private final BoundedParallel parallel;

    IssueSearch(RestClient client, JiraApi site, BoundedParallel parallel) {
        this.client = client;
        this.site = site;
        this.parallel = parallel;
    }

    /** @throws RestException as the calls fail; @throws InterruptedException from the parallel property reads */
    List<TrackedIssue> find(String projectKey, String label, Optional<String> epicLinkField, List<WantedProperty> properties)
            throws InterruptedException {
        return find(projectKey, label, epicLinkField, properties, Optional.empty());
    }

    /**
     * With {@code describe}, the search also returns descriptions, and those of the issues whose item
     * it accepts are kept: read in the search's own pages, never one issue at a time.
     */
    List<TrackedIssue> find(String projectKey, String label, Optional<String> epicLinkField, List<WantedProperty> properties,
            Optional<Predicate<Item>> describe) throws InterruptedException {
        IssueReader reader = new IssueReader(site.isCloud() ? Optional.empty() : epicLinkField, describe, site.isCloud());
        String jql = Jql.projectAndLabel(projectKey, label);
        List<String> fields = new ArrayList<>(IssueReader.FIELDS);
        describe.ifPresent(d -> fields.add("description"));
        if (site.isCloud()) {
            fields.add("parent");
            return cloudIssues(jql, fields, properties, reader);
        }
        epicLinkField.ifPresent(fields::add);
        return dataCenterIssues(jql, fields, properties, reader);
    }

    /**
     * Data Center's search cannot return properties, so the identity comes from the issue's identity
     * label, and the property is read only for issues without one; other properties are read only
     * when asked for, and only from the issues that can carry them.
     */
    private TrackedIssue dataCenterIssue(IssueReader reader, JsonNode issue, List<WantedProperty> wanted) {
        String key = issue.path("key").asText();
        Optional<IssueIdentity> identity = IdentityReader.readLabelFirst(IssueReader.labels(issue), () -> dataCenterIdentity(key));
        Map<String, Map<String, String>> values = new HashMap<>();
        List<String> carried = identity.map(i -> wanted.stream().filter(w -> w.carriedBy().test(i.item()))
                .map(WantedProperty::key).toList()).orElse(List.of());
        for (String property : carried) {
            client.find(propertyPath(key, property))
                    .flatMap(p -> PropertyValues.read(client.json(), p.path("value")))
                    .ifPresent(v -> values.put(property, v));
        }
        return reader.read(issue, identity, values);
    }

    /** Data Center only: the search's total, without any issue (maxResults 0); an answer without a total is a failure. */
    int count(String projectKey, String label) {
        ObjectNode request = searchRequest(Jql.projectAndLabel(projectKey, label), List.of("key")).put("maxResults", 0);
        JsonNode answer = client.postSafeToRepeat(Urls.path("rest", "api", "2", "search"), request);
        return SearchPages.of(client.base(), false).total(answer);
    }

    private static Urls.Path propertyPath(String issueKey, String property) {
        return Urls.path("rest", "api", "2", "issue").segment(issueKey).segment("properties").segment(property);
    }

    /** Page by page, each page read into issues before the next is asked for: only what is kept stays in memory. */
    private List<TrackedIssue> dataCenterIssues(String jql, List<String> fields, List<WantedProperty> properties,
            IssueReader reader) throws InterruptedException {
        SearchPages pages = SearchPages.of(client.base(), false);
        List<TrackedIssue> issues = new ArrayList<>();
        pages.readAll(client, searchRequest(jql, fields), found -> {
            List<Callable<TrackedIssue>> reads = new ArrayList<>();
            for (JsonNode issue : found) {
                reads.add(() -> dataCenterIssue(reader, issue, properties));
            }
            parallel.all(reads).forEach(issue -> issues.add(pages.keep(issue)));
        });
        return issues;
    }

    private List<TrackedIssue> cloudIssues(String jql, List<String> fields, List<WantedProperty> properties, IssueReader reader) {
        SearchPages pages = SearchPages.of(client.base(), true);
        List<TrackedIssue> issues = new ArrayList<>();
        ObjectNode request = searchRequest(jql, fields);
        ArrayNode wanted = request.putArray("properties").add(IssueIdentity.PROPERTY_KEY);
        properties.forEach(p -> wanted.add(p.key()));
        pages.readAll(client, request, found -> {
            for (JsonNode issue : found) {
                issues.add(pages.keep(cloudIssue(reader, issue, properties)));
            }
        });
        return issues;
    }

    private TrackedIssue cloudIssue(IssueReader reader, JsonNode issue, List<WantedProperty> properties) {
        JsonNode found = issue.path("properties");
        Map<String, Map<String, String>> values = new HashMap<>();
        for (String key : properties.stream().map(WantedProperty::key).toList()) {
            PropertyValues.read(client.json(), found.path(key)).ifPresent(v -> values.put(key, v));
        }
        return reader.read(issue, IdentityProperty.fromJson(client.json(), found.path(IssueIdentity.PROPERTY_KEY)), values);
    }

    private ObjectNode searchRequest(String jql, List<String> fields) {
        ObjectNode request = client.json().createObjectNode().put("jql", jql).put("maxResults", PAGE_SIZE);
        ArrayNode wanted = request.putArray("fields");
        fields.forEach(wanted::add);
        return request;
    }

    private Optional<IssueIdentity> dataCenterIdentity(String issueKey) {
        Urls.Path path = Urls.path("rest", "api", "2", "issue").segment(issueKey)
                .segment("properties").segment(IssueIdentity.PROPERTY_KEY);
        // Only for issues without an identity label: those imported or made by hand.
        return client.find(path).flatMap(property -> IdentityProperty.fromJson(client.json(), property.path("value")));
    }
}
