package io.chaosday.rest;

import io.chaosday.http.RestClient;
import io.chaosday.tracker.jiraformat.WikiMarkup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.IssueState;
import io.chaosday.tracker.IssueUpdate;
import io.chaosday.tracker.SecurityLevel;
import io.chaosday.tracker.SourceMarkup;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.chaosday.link.Urls;
import io.chaosday.http.BoundedParallel;
import io.chaosday.tracker.Jql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The fields of an issue a person edits by hand (description, due date, assignee, security level):
 * changing them, reading them back, and the security levels a project offers.
 */
final class IssueFieldEdits {

    private final RestClient client;
    private final JiraApi site;

    IssueFieldEdits(RestClient client, JiraApi site) {
        this.client = client;
        this.site = site;
    }

    /** {@code PUT /issue/{key}} with only the fields the update names. PUT: safe to repeat. */
    void update(String issueKey, IssueUpdate update) {
        ObjectNode body = client.json().createObjectNode();
        ObjectNode fields = body.putObject("fields");
        update.description().ifPresent(blocks -> {
            if (site.isCloud()) {
                fields.set("description", AdfDocument.render(client.json(), blocks));
            } else {
                fields.put("description", WikiMarkup.render(blocks));
            }
        });
        update.due().ifPresent(due -> fields.put("duedate", due.format(DateTimeFormatter.ISO_LOCAL_DATE)));
        update.securityLevelId().ifPresent(id -> fields.putObject("security").put("id", id));
        client.put(site.api("issue").segment(issueKey), body);
    }

    /** The hand-editable fields, as a search or an issue read names them. */
    static final String STATE_FIELDS = "description,duedate,assignee,security";

    /** One read of the hand-editable fields. */
    IssueState state(String issueKey) {
        return stateOf(client.get(site.api("issue").segment(issueKey).query("fields", STATE_FIELDS)).path("fields"));
    }

    /** Issues in one search, not a search index away from the issue reads: at most a page of them. */
    static final int STATES_PER_SEARCH = 100;

    /**
     * The hand-editable fields of many issues: one search per hundred keys, sent at once. Data
     * Center's search is asked not to validate the query, so a key deleted meanwhile is left out
     * rather than failing the search (SearchRequestBean.validateQuery in the 10.3 document).
     */
    Map<String, IssueState> states(List<String> issueKeys, BoundedParallel parallel) throws InterruptedException {
        List<java.util.concurrent.Callable<Map<String, IssueState>>> searches = new ArrayList<>();
        for (int start = 0; start < issueKeys.size(); start += STATES_PER_SEARCH) {
            List<String> keys = issueKeys.subList(start, Math.min(issueKeys.size(), start + STATES_PER_SEARCH));
            searches.add(() -> search(keys));
        }
        Map<String, IssueState> states = new LinkedHashMap<>();
        parallel.all(searches).forEach(states::putAll);
        return states;
    }

    private Map<String, IssueState> search(List<String> keys) {
        ObjectNode request = client.json().createObjectNode().put("jql", Jql.keys(keys)).put("maxResults", STATES_PER_SEARCH);
        ArrayNode fields = request.putArray("fields");
        java.util.Arrays.stream(STATE_FIELDS.split(",")).forEach(fields::add);
        String path = site.isCloud() ? "/rest/api/3/search/jql" : "/rest/api/2/search";
        if (!site.isCloud()) {
            request.put("validateQuery", false);
        }
        JsonNode answer = client.postSafeToRepeat(site.isCloud() ? Urls.path("rest", "api", "3", "search", "jql")
                : Urls.path("rest", "api", "2", "search"), request);
        Map<String, IssueState> states = new LinkedHashMap<>();
        for (JsonNode issue : new SearchPages(client.base(), path).issues(answer)) {
            String key = issue.path("key").asText();
            if (keys.contains(key)) {
                states.put(key, stateOf(issue.path("fields")));
            }
        }
        return states;
    }

    /**
     * The fields as Jira names them: wiki markup on Data Center, ADF on Cloud; the assignee by
     * user name on Data Center and account id on Cloud, besides the display name.
     */
    private IssueState stateOf(JsonNode fields) {
        JsonNode description = fields.path("description");
        Optional<IssueDescription> text = description.isMissingNode() || description.isNull() ? Optional.empty()
                : Optional.of(site.isCloud() ? new IssueDescription(SourceMarkup.ADF, description.toString())
                : new IssueDescription(SourceMarkup.WIKI, description.asText()));
        Optional<LocalDate> due = fields.path("duedate").isTextual() ? Optional.of(LocalDate.parse(fields.path("duedate").asText()))
                : Optional.empty();
        JsonNode assignee = fields.path("assignee");
        Optional<String> name = Optional.of(assignee.path("displayName").asText("")).filter(s -> !s.isEmpty());
        Optional<String> id = Optional.of(assignee.path(site.isCloud() ? "accountId" : "name").asText("")).filter(s -> !s.isEmpty());
        Optional<String> level = Optional.of(fields.path("security").path("id").asText("")).filter(s -> !s.isEmpty());
        return new IssueState(text, name, due, level, id);
    }

    /** The description as this site stores {@code blocks}: what {@link #state} reads back after writing them. */
    IssueDescription descriptionOf(List<io.chaosday.tracker.TextBlock> blocks) {
        return site.isCloud() ? new IssueDescription(SourceMarkup.ADF, AdfDocument.render(client.json(), blocks).toString())
                : new IssueDescription(SourceMarkup.WIKI, WikiMarkup.render(blocks));
    }

    /** {@code GET /project/{key}/securitylevel}: {@code {"levels": [{"id", "name", ...}]}} on Data Center and Cloud. */
    List<SecurityLevel> securityLevels(String projectKey) {
        JsonNode levels = client.get(site.api("project").segment(projectKey).segment("securitylevel")).path("levels");
        List<SecurityLevel> found = new ArrayList<>();
        levels.forEach(l -> found.add(new SecurityLevel(l.path("id").asText(), l.path("name").asText())));
        return found;
    }
}
