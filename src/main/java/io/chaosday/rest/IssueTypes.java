package io.chaosday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.TrackerException;

import java.util.Optional;

/** The issue type ids a Chaos Day uses in one project, read from the project's own issue types. */
public record IssueTypes(String epic, String task, Optional<String> experiment) {

    /** The label that marks an experiment where the project has no Experiment issue type. */
    public static final String EXPERIMENT_LABEL = "chaos-experiment";

    /**
     * From the project's issue types ({@link ProjectIssueTypes}). The epic type is the one named Epic or, on Cloud,
     * the one at hierarchy level 1 (team-managed projects may rename it).
     */
    static IssueTypes of(String projectKey, Iterable<JsonNode> issueTypes) {
        Optional<String> epic = Optional.empty();
        Optional<String> task = Optional.empty();
        Optional<String> other = Optional.empty();
        Optional<String> experiment = Optional.empty();
        for (JsonNode type : issueTypes) {
            if (type.path("subtask").asBoolean(false)) {
                continue;
            }
            String id = type.path("id").asText();
            String name = type.path("name").asText();
            if (isEpic(type)) {
                epic = epic.or(() -> Optional.of(id));
            } else if (name.equalsIgnoreCase("Task")) {
                task = Optional.of(id);
            } else if (name.equalsIgnoreCase("Experiment")) {
                experiment = Optional.of(id);
            } else if (type.path("hierarchyLevel").asInt(0) == 0) {
                other = other.or(() -> Optional.of(id));
            }
        }
        if (epic.isEmpty()) {
            throw new TrackerException(TrackerException.Kind.UNSUPPORTED, "this Jira has no Epic issue type in project "
                    + projectKey + ": Jira Software is needed for Chaos Day epics");
        }
        Optional<String> anyOther = other;
        String taskId = task.or(() -> anyOther).orElseThrow(() -> new TrackerException(TrackerException.Kind.UNSUPPORTED,
                "project " + projectKey + " has no issue type for tasks; add the Task issue type to it"));
        return new IssueTypes(epic.get(), taskId, experiment);
    }

    /** Whether an issue's {@code issuetype} is an epic. */
    static boolean isEpic(JsonNode type) {
        return type.path("name").asText().equalsIgnoreCase("Epic") || type.path("hierarchyLevel").asInt(0) == 1;
    }

    /** Which type to create for a kind; an experiment is a Task where there is no Experiment type. */
    String idFor(IssueKind kind) {
        return switch (kind) {
            case EPIC -> epic;
            case TASK -> task;
            case EXPERIMENT -> experiment.orElse(task);
        };
    }

    /** Whether an experiment needs {@link #EXPERIMENT_LABEL} to be told apart from a task. */
    boolean labelsExperiments() {
        return experiment.isEmpty();
    }
}
