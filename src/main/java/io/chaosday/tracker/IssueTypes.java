package io.chaosday.tracker;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The issue types a Chaos Day uses in one project, and how an issue's type and labels tell its
 * kind: one decision for every tracker, whichever way it reads Jira's types.
 *
 * @param experiment the Experiment type where the project has one; otherwise an experiment is a
 *                   task carrying {@link #EXPERIMENT_LABEL}
 */
public record IssueTypes(String epic, String task, Optional<String> experiment) {

    /** The label that marks an experiment where the project has no Experiment issue type. */
    public static final String EXPERIMENT_LABEL = "chaos-experiment";

    /** The key of Jira's "done" status category, the same in REST and the Java API. */
    public static final String DONE_CATEGORY = "done";

    /**
     * One issue type a project offers.
     *
     * @param epic     whether Jira treats it as an epic (Jira Software's Epic; on Cloud, the type at
     *                 hierarchy level 1, which a team-managed project may rename)
     * @param standard whether it is an ordinary issue type: neither a sub-task nor above the epics
     */
    public record Offered(String id, String name, boolean epic, boolean standard) {
    }

    /** The types for each kind from those {@code projectKey} offers; the project must offer an epic and some task type. */
    public static IssueTypes choose(String projectKey, Collection<Offered> offered) {
        Optional<String> epic = Optional.empty();
        Optional<String> task = Optional.empty();
        Optional<String> other = Optional.empty();
        Optional<String> experiment = Optional.empty();
        for (Offered type : offered) {
            if (type.epic()) {
                epic = epic.or(() -> Optional.of(type.id()));
            } else if (!type.standard()) {
                continue;
            } else if (type.name().equalsIgnoreCase("Task")) {
                task = Optional.of(type.id());
            } else if (type.name().equalsIgnoreCase("Experiment")) {
                experiment = Optional.of(type.id());
            } else {
                other = other.or(() -> Optional.of(type.id()));
            }
        }
        if (epic.isEmpty()) {
            throw noEpics(projectKey);
        }
        Optional<String> anyOther = other;
        String taskId = task.or(() -> anyOther).orElseThrow(() -> new TrackerException(TrackerException.Kind.UNSUPPORTED,
                "project " + projectKey + " has no issue type for tasks; add the Task issue type to it"));
        return new IssueTypes(epic.get(), taskId, experiment);
    }

    /** The failure of a project where Chaos Day epics cannot be made: Jira Software's Epic type or fields are missing. */
    public static TrackerException noEpics(String projectKey) {
        return new TrackerException(TrackerException.Kind.UNSUPPORTED, "this Jira has no Epic issue type in project "
                + projectKey + ": Jira Software is needed for Chaos Day epics");
    }

    /**
     * The types a project template created for tasks and experiments, by id, where the project still
     * offers them: whatever an administrator renamed or translated them to, they are never looked up
     * by name. A project that no longer offers the created task type is read by name, as any other.
     */
    public static IssueTypes choose(String projectKey, Collection<Offered> offered, Optional<String> createdTask,
            Optional<String> createdExperiment) {
        Set<String> standard = new LinkedHashSet<>();
        offered.stream().filter(t -> t.standard() && !t.epic()).forEach(t -> standard.add(t.id()));
        Optional<String> task = createdTask.filter(standard::contains);
        IssueTypes byName = choose(projectKey, offered);
        return task.isEmpty() ? byName : new IssueTypes(byName.epic(), task.get(), createdExperiment.filter(standard::contains));
    }

    /** Which type to create for a kind; an experiment is a task where there is no Experiment type. */
    public String idFor(IssueKind kind) {
        return switch (kind) {
            case EPIC -> epic;
            case TASK -> task;
            case EXPERIMENT -> experiment.orElse(task);
        };
    }

    /** Which type to create the issue as: the one it asks for by id, else its kind's. */
    public String idFor(NewIssue issue) {
        return issue.typeId().orElseGet(() -> idFor(issue.kind()));
    }

    /** The labels to create an issue with: its own, the Chaos Day's, its identity's and, where needed, the experiment label. */
    public List<String> labels(NewIssue issue) {
        Set<String> labels = new LinkedHashSet<>(issue.labels());
        labels.add(issue.identity().chaosDay().label());
        labels.add(issue.identity().label());
        if (issue.kind() == IssueKind.EXPERIMENT && experiment.isEmpty()) {
            labels.add(EXPERIMENT_LABEL);
        }
        return List.copyOf(labels);
    }

    /** The kind of an existing issue, from whether its type is an epic, its type's name and its labels. */
    public static IssueKind kindOf(boolean epicType, String typeName, Collection<String> labels) {
        if (epicType) {
            return IssueKind.EPIC;
        }
        return typeName.equalsIgnoreCase("Experiment") || labels.contains(EXPERIMENT_LABEL) ? IssueKind.EXPERIMENT : IssueKind.TASK;
    }

    /** Whether a status in the category with this key counts as done. */
    public static boolean done(String statusCategoryKey) {
        return DONE_CATEGORY.equals(statusCategoryKey);
    }
}
