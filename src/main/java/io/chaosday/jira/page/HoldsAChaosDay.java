package io.chaosday.jira.page;

import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.web.Condition;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.PlannedIssues;

import java.util.Map;

/**
 * Shows the sidebar's Chaos Day item only in projects that hold a Chaos Day the reader can see: one
 * count of the project's issues with the Chaos Day label, as the reader. A project Jira cannot search
 * now hides the item rather than breaking the sidebar.
 */
public final class HoldsAChaosDay implements Condition {

    private final IssueTracker tracker;
    private final ProjectManager projects;

    public HoldsAChaosDay(IssueTracker tracker, ProjectManager projects) {
        this.tracker = tracker;
        this.projects = projects;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters: the condition reads everything from the project in the context.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return ProjectInContext.of(context, projects).map(project -> {
            try {
                return tracker.countIssues(project.getKey(), PlannedIssues.CHAOS_DAY_LABEL) > 0;
            } catch (TrackerException e) {
                return false;
            }
        }).orElse(false);
    }
}
