package io.chaosday.jira.tracker;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.tracker.jiraformat.PropertyValues;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.workflow.DefinitionProperty;
import java.util.Map;
import java.util.Optional;

/**
 * A project property saying the project holds a Chaos Day: which one, its definition, and the
 * issue types the project template made for it. Reading it is one row by primary key, cheap
 * enough for the sidebar on every page; it is also what a half-made Chaos Day (one whose Execute
 * epic, which keeps the definition, was never created) is finished from.
 */
public final class ProjectMark {

    /**
     * Jira's entity name for project properties. Jira's XML backups hold them as EntityProperty rows
     * with entityName="ProjectProperty" beside the issues' "IssueProperty" rows (seen in a public
     * backup importer); assumed the same name through JsonEntityPropertyManager.
     */
    public static final String PROJECT = "ProjectProperty";

    /** The property's key. */
    public static final String KEY = "io.chaosday.chaos-day";

    /** The template's issue type keys, as config/chaosday/chaos-day-project.json names them. */
    public static final String TASK = "task";
    public static final String EXPERIMENT = "experiment";

    private final JsonEntityPropertyManager store;
    private final ObjectMapper json = new ObjectMapper();

    public ProjectMark(JsonEntityPropertyManager store) {
        this.store = store;
    }

    /**
     * @param chaosDay   the Chaos Day the project holds
     * @param definition its definition when the mark was last written
     * @param issueTypes ids of the issue types the template made, by the template's key ({@link #TASK}, {@link #EXPERIMENT})
     */
    public record Mark(ChaosDayId chaosDay, ChaosDayDefinition definition, Map<String, String> issueTypes) {

        public Mark {
            issueTypes = Map.copyOf(issueTypes);
        }

        public Mark withDefinition(ChaosDayDefinition changed) {
            return new Mark(chaosDay, changed, issueTypes);
        }
    }

    /** The project's mark; empty when it has none or one this release cannot read. */
    public Optional<Mark> read(Long projectId) {
        EntityProperty property = store.get(PROJECT, projectId, KEY);
        if (property == null || property.getValue() == null) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readTree(property.getValue());
            Optional<ChaosDayDefinition> definition = PropertyValues.read(json, node.path("definition"))
                    .flatMap(DefinitionProperty::fromProperty);
            Map<String, String> types = PropertyValues.read(json, node.path("issueTypes")).orElse(Map.of());
            if (definition.isEmpty() || !node.path("chaosDay").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new Mark(new ChaosDayId(node.path("chaosDay").asText()), definition.get(), types));
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** Writes the mark, unless it already says exactly that. */
    public void write(ApplicationUser user, Long projectId, Mark mark) {
        if (read(projectId).equals(Optional.of(mark))) {
            return;
        }
        ObjectNode node = json.createObjectNode().put("chaosDay", mark.chaosDay().value());
        node.set("definition", PropertyValues.toJson(json, DefinitionProperty.toProperty(mark.definition())));
        node.set("issueTypes", PropertyValues.toJson(json, mark.issueTypes()));
        // No event: the property is ours, and nothing in Jira listens for it.
        store.put(user, PROJECT, projectId, KEY, node.toString(), (who, property) -> null, false);
    }
}
