package io.chaosday.rest;

import io.chaosday.http.RestClient;
import io.chaosday.tracker.IssueTypes;
import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.link.Urls;

import java.util.ArrayList;
import java.util.List;

/**
 * The issue types of one project. Jira's project resource lists them in {@code issueTypes}, but
 * Data Center's contract ({@code ProjectBean}) does not declare that field; where it is absent
 * they come from the call the contract does declare for it, the project's create metadata
 * {@code GET /rest/api/{2,3}/issue/createmeta/{projectIdOrKey}/issuetypes}, page by page.
 */
final class ProjectIssueTypes {

    /** Jira's own default page size for create metadata. */
    static final int PAGE_SIZE = 50;

    private ProjectIssueTypes() {
    }

    /** The types the project offers, as the engine's {@link IssueTypes} chooses among them. */
    static List<IssueTypes.Offered> offered(RestClient client, JiraApi site, String projectKey, JsonNode project) {
        return of(client, site, projectKey, project).stream().map(type -> new IssueTypes.Offered(type.path("id").asText(),
                type.path("name").asText(), isEpic(type),
                !type.path("subtask").asBoolean(false) && type.path("hierarchyLevel").asInt(0) <= 0)).toList();
    }

    /** Whether an issue's {@code issuetype} is an epic: named Epic or, on Cloud, at hierarchy level 1. */
    static boolean isEpic(JsonNode type) {
        return type.path("name").asText().equalsIgnoreCase("Epic") || type.path("hierarchyLevel").asInt(0) == 1;
    }

    static List<JsonNode> of(RestClient client, JiraApi site, String projectKey, JsonNode project) {
        List<JsonNode> types = new ArrayList<>();
        JsonNode listed = project.path("issueTypes");
        if (listed.isArray()) {
            listed.forEach(types::add);
            return types;
        }
        Urls.Path createMeta = site.api("issue", "createmeta").segment(projectKey).segment("issuetypes");
        while (true) {
            JsonNode page = client.get(createMeta.query("startAt", types.size()).query("maxResults", PAGE_SIZE));
            // Data Center pages hold "values"; Cloud's PageOfCreateMetaIssueTypes holds "issueTypes".
            JsonNode values = page.has("values") ? page.path("values") : page.path("issueTypes");
            int before = types.size();
            values.forEach(types::add);
            boolean last = page.path("isLast").asBoolean(false)
                    || (page.path("total").canConvertToInt() && types.size() >= page.path("total").asInt());
            if (last || types.size() == before) {
                return types;
            }
        }
    }
}
