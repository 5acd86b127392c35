package io.chaosday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.NewProject;
import io.chaosday.tracker.Project;

import java.util.Optional;

/** Finds and creates Jira projects (software projects with a Scrum board, so epics are available). */
final class JiraProjects {

    /** Data Center's company-managed Scrum template, as used with POST /rest/api/2/project in Jira Server/DC setups. */
    static final String DATA_CENTER_TEMPLATE = "com.pyxis.greenhopper.jira:gh-scrum-template";

    /** Cloud's company-managed Scrum template: one of CreateProjectDetails.projectTemplateKey's values in the v3 document. */
    static final String CLOUD_TEMPLATE = "com.pyxis.greenhopper.jira:gh-simplified-scrum-classic";

    private final RestClient client;
    private final JiraApi site;

    JiraProjects(RestClient client, JiraApi site) {
        this.client = client;
        this.site = site;
    }

    /** The project as Jira answers {@code GET /rest/api/{2,3}/project/{key}}; empty on 404. */
    Optional<JsonNode> find(String key) {
        return client.find(site.api("project").segment(key));
    }

    Project project(JsonNode project) {
        String key = project.path("key").asText();
        return new Project(key, project.path("name").asText(key), site.browse(key));
    }

    /** Creates the project; the lead is the one named or else the calling user. */
    Project create(NewProject project) {
        ObjectNode request = client.json().createObjectNode()
                .put("key", project.key())
                .put("name", project.name())
                .put("projectTypeKey", "software")
                .put("projectTemplateKey", site.isCloud() ? CLOUD_TEMPLATE : DATA_CENTER_TEMPLATE);
        if (site.isCloud()) {
            request.put("leadAccountId", project.lead().orElseGet(() -> myself().path("accountId").asText()));
        } else {
            request.put("lead", project.lead().orElseGet(() -> myself().path("name").asText()));
        }
        JsonNode created = client.post(site.api("project"), request);
        String key = created.path("key").asText(project.key());
        return new Project(key, project.name(), site.browse(key));
    }

    private JsonNode myself() {
        return client.get(site.api("myself"));
    }
}
