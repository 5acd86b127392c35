package io.chaosday.jira.page;

import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.web.Condition;
import io.chaosday.jira.tracker.ProjectMark;

import java.util.Map;

/**
 * Shows the sidebar's Chaos Day item only in projects that hold a Chaos Day: those with the
 * project's Chaos Day mark, which the project template writes before it creates any ticket, and
 * the page writes on a project whose Chaos Day the command line made. One property read by key,
 * not a search, on every render of a project page; the page itself checks who may see what.
 */
public final class HoldsAChaosDay implements Condition {

    private final ProjectMark marks;
    private final ProjectManager projects;

    public HoldsAChaosDay(ProjectMark marks, ProjectManager projects) {
        this.marks = marks;
        this.projects = projects;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters: the condition reads everything from the project in the context.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return ProjectInContext.of(context, projects).map(project -> marks.read(project.getId()).isPresent()).orElse(false);
    }
}
