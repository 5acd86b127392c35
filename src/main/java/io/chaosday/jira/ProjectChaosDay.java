package io.chaosday.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import io.chaosday.jira.tracker.ProjectMark;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.WorkflowException;
import io.chaosday.workflow.WorkflowFailure;
import java.util.Map;
import java.util.Optional;

/**
 * The Chaos Day a project holds, as the page and its REST resource find it: by the project's mark
 * when it has one, so a Chaos Day whose creation was cut short (even before its first epic) is
 * still found, with the definition to finish it from; otherwise as the only Chaos Day among the
 * project's issues, as the command line finds it.
 */
public final class ProjectChaosDay {

    private ProjectChaosDay() {
    }

    /**
     * @param found      the Chaos Day's issues, possibly none or only some
     * @param definition the definition kept on its Execute epic or, without that epic, on the mark
     * @param mark       the project's mark, when it has one
     */
    public record Held(ChaosDayIssues found, Optional<ChaosDayDefinition> definition, Optional<ProjectMark.Mark> mark) {

        /** The definition; a Chaos Day made before definitions were kept has none to show or change. */
        public ChaosDayDefinition required(String projectKey) {
            return definition.orElseThrow(() -> new WorkflowException(new WorkflowFailure.NoChaosDay(projectKey)));
        }
    }

    public static Held find(ChaosDayFinder finder, ProjectMark marks, Project project) {
        Optional<ProjectMark.Mark> mark = marks.read(project.getId());
        ChaosDayIssues found = mark.map(m -> finder.find(project.getKey(), m.chaosDay()))
                .orElseGet(() -> finder.find(project.getKey(), Optional.empty()));
        return new Held(found, found.definition().or(() -> mark.map(ProjectMark.Mark::definition)), mark);
    }

    /** Keeps the mark in step with the Chaos Day, writing it for a project whose Chaos Day the command line made. */
    public static void mark(ProjectMark marks, ApplicationUser user, Project project, Held held, ChaosDayDefinition definition) {
        ProjectMark.Mark mark = held.mark().map(m -> m.withDefinition(definition))
                .orElseGet(() -> new ProjectMark.Mark(held.found().id(), definition, Map.of()));
        marks.write(user, project.getId(), mark);
    }
}
