package io.chaosday.jira.tracker;

import com.atlassian.jira.issue.issuetype.IssueType;
import io.chaosday.rest.IssueTypes;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.TrackerException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The issue type ids a Chaos Day uses in one project: Jira Software's Epic, and the task and
 * experiment types. In a project made from the template those are the types the template created
 * (kept on the project's mark, whatever an administrator renamed or translated them to); elsewhere
 * they are found by name, Task and Experiment, as the command line finds them.
 */
record ProjectIssueTypes(String epic, String task, Optional<String> experiment) {

    static ProjectIssueTypes of(String projectKey, Collection<IssueType> types, IssueType epicType) {
        return of(projectKey, types, epicType, Map.of());
    }

    /** @param created the template's types, by its keys ({@link ProjectMark#TASK}, {@link ProjectMark#EXPERIMENT}) */
    static ProjectIssueTypes of(String projectKey, Collection<IssueType> types, IssueType epicType, Map<String, String> created) {
        Optional<String> task = Optional.empty();
        Optional<String> other = Optional.empty();
        Optional<String> experiment = Optional.empty();
        Optional<String> createdTask = Optional.ofNullable(created.get(ProjectMark.TASK));
        Optional<String> createdExperiment = Optional.ofNullable(created.get(ProjectMark.EXPERIMENT));
        for (IssueType type : types) {
            if (type.isSubTask() || type.getId().equals(epicType.getId())) {
                continue;
            }
            if (createdTask.isPresent() || createdExperiment.isPresent()) {
                // The template's own types, where the project still has them; never a type's name.
                if (createdTask.equals(Optional.of(type.getId()))) {
                    task = Optional.of(type.getId());
                } else if (createdExperiment.equals(Optional.of(type.getId()))) {
                    experiment = Optional.of(type.getId());
                } else {
                    other = other.or(() -> Optional.of(type.getId()));
                }
            } else if (type.getName().equalsIgnoreCase("Task")) {
                task = Optional.of(type.getId());
            } else if (type.getName().equalsIgnoreCase("Experiment")) {
                experiment = Optional.of(type.getId());
            } else {
                other = other.or(() -> Optional.of(type.getId()));
            }
        }
        Optional<String> anyOther = other;
        String taskId = task.or(() -> anyOther).orElseThrow(() -> new TrackerException(TrackerException.Kind.UNSUPPORTED,
                "project " + projectKey + " has no issue type for tasks; add the Task issue type to it"));
        return new ProjectIssueTypes(epicType.getId(), taskId, experiment);
    }

    String idFor(IssueKind kind) {
        return switch (kind) {
            case EPIC -> epic;
            case TASK -> task;
            case EXPERIMENT -> experiment.orElse(task);
        };
    }

    /** The label that tells an experiment from a task where the project has no Experiment type. */
    Optional<String> labelFor(IssueKind kind) {
        return kind == IssueKind.EXPERIMENT && experiment.isEmpty() ? Optional.of(IssueTypes.EXPERIMENT_LABEL) : Optional.empty();
    }
}
