package io.chaosday.jira.page;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

import java.util.Map;
import java.util.Optional;

/**
 * The project a sidebar item or panel is shown for. The project-centric view puts the project in
 * the web fragment's context as {@code project}, and its key as {@code projectKey}
 * (developer.atlassian.com, "Developing for the Jira project-centric view"); either will do.
 */
final class ProjectInContext {

    private ProjectInContext() {
    }

    static Optional<Project> of(Map<String, Object> context, ProjectManager projects) {
        if (context.get("project") instanceof Project project) {
            return Optional.of(project);
        }
        if (context.get("projectKey") instanceof String key && !key.isBlank()) {
            return Optional.ofNullable(projects.getProjectObjByKey(key));
        }
        return Optional.empty();
    }
}
