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
import java.util.ArrayList;
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

    /** One read of the hand-editable fields. */
    IssueState state(String issueKey) {
        JsonNode fields = client.get(site.api("issue").segment(issueKey).query("fields", "description,duedate,assignee,security"))
                .path("fields");
        JsonNode description = fields.path("description");
        Optional<IssueDescription> text = description.isMissingNode() || description.isNull() ? Optional.empty()
                : Optional.of(site.isCloud() ? new IssueDescription(SourceMarkup.ADF, description.toString())
                : new IssueDescription(SourceMarkup.WIKI, description.asText()));
        Optional<LocalDate> due = fields.path("duedate").isTextual() ? Optional.of(LocalDate.parse(fields.path("duedate").asText()))
                : Optional.empty();
        Optional<String> assignee = Optional.of(fields.path("assignee").path("displayName").asText("")).filter(s -> !s.isEmpty());
        Optional<String> level = Optional.of(fields.path("security").path("id").asText("")).filter(s -> !s.isEmpty());
        return new IssueState(text, assignee, due, level);
    }

    /** {@code GET /project/{key}/securitylevel}: {@code {"levels": [{"id", "name", ...}]}} on Data Center and Cloud. */
    List<SecurityLevel> securityLevels(String projectKey) {
        JsonNode levels = client.get(site.api("project").segment(projectKey).segment("securitylevel")).path("levels");
        List<SecurityLevel> found = new ArrayList<>();
        levels.forEach(l -> found.add(new SecurityLevel(l.path("id").asText(), l.path("name").asText())));
        return found;
    }
}
