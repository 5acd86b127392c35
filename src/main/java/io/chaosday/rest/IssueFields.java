package io.chaosday.rest;

import io.chaosday.tracker.jiraformat.PropertyValues;
import io.chaosday.tracker.jiraformat.IdentityProperty;
import io.chaosday.tracker.jiraformat.WikiMarkup;
import io.chaosday.tracker.IssueTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.NewIssue;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * One issue to create, as Jira's {@code IssueUpdateBean} (Data Center) or {@code IssueUpdateDetails}
 * (Cloud): both take {@code fields} and, at create time, {@code properties}.
 */
final class IssueFields {

    private final ObjectMapper json;
    private final JiraApi site;
    private final Optional<EpicFields> epicFields;

    IssueFields(ObjectMapper json, JiraApi site, Optional<EpicFields> epicFields) {
        this.json = json;
        this.site = site;
        this.epicFields = epicFields;
    }

    ObjectNode issueUpdate(String projectKey, IssueTypes types, NewIssue issue) {
        ObjectNode update = json.createObjectNode();
        ObjectNode fields = update.putObject("fields");
        fields.putObject("project").put("key", projectKey);
        fields.putObject("issuetype").put("id", types.idFor(issue));
        fields.put("summary", issue.summary());
        if (site.isCloud()) {
            fields.set("description", AdfDocument.render(json, issue.description()));
        } else {
            fields.put("description", WikiMarkup.render(issue.description()));
        }
        issue.due().ifPresent(due -> fields.put("duedate", due.format(DateTimeFormatter.ISO_LOCAL_DATE)));
        issue.securityLevelId().ifPresent(id -> fields.putObject("security").put("id", id));
        ArrayNode labels = fields.putArray("labels");
        labels(issue, types).forEach(labels::add);
        epic(fields, issue);
        ArrayNode properties = update.putArray("properties");
        property(properties, IssueIdentity.PROPERTY_KEY, IdentityProperty.toJson(json, issue.identity()));
        issue.properties().forEach((key, value) -> property(properties, key, PropertyValues.toJson(json, value)));
        return update;
    }

    private void property(ArrayNode properties, String key, ObjectNode value) {
        ObjectNode property = properties.addObject().put("key", key);
        if (site.isCloud()) {
            property.set("value", value);
        } else {
            // Data Center declares EntityPropertyBean.value a string and parses it as JSON text.
            property.put("value", value.toString());
        }
    }

    private void epic(ObjectNode fields, NewIssue issue) {
        if (site.isCloud()) {
            issue.epicKey().ifPresent(key -> fields.putObject("parent").put("key", key));
            return;
        }
        EpicFields epic = epicFields.orElseThrow(() -> new IllegalStateException("epic fields not discovered"));
        if (issue.kind() == IssueKind.EPIC) {
            fields.put(epic.epicName(), issue.summary());
        }
        issue.epicKey().ifPresent(key -> fields.put(epic.epicLink(), key));
    }

    /** The issue's own labels, the Chaos Day's, the per-issue identity label and, where needed, the experiment label. */
    static List<String> labels(NewIssue issue, IssueTypes types) {
        return types.labels(issue);
    }
}
