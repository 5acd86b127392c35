package io.chaosday.jira.rest;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.chaosday.jira.rest.ChaosDayCalls.Answer;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ExperimentCard;
import io.chaosday.workflow.WorkflowException;
import io.chaosday.workflow.WorkflowFailure;

/**
 * Who may call, checked in code: browsing the project to read, administering it to change, and for an
 * experiment's run log its owner or an administrator of the project.
 */
record ProjectAccess(JiraAuthenticationContext authentication, PermissionManager permissions, ProjectManager projects,
        FailureBodies bodies) {

    /** A project the caller may act on, or the refusal to answer with. */
    record Checked(Project project, Answer refusal) {
    }

    Checked check(String projectKey, boolean toChange) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return new Checked(null, Answer.of(bodies.forbidden(toChange, String.valueOf(projectKey))));
        }
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        if (project == null) {
            return new Checked(null, Answer.of(bodies.of(new WorkflowException(
                    new WorkflowFailure.ProjectNotFound(String.valueOf(projectKey)))).orElseThrow()));
        }
        if (!permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)) {
            return new Checked(null, Answer.of(bodies.forbidden(false, project.getKey())));
        }
        if (toChange && !permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user)) {
            return new Checked(null, Answer.of(bodies.forbidden(true, project.getKey())));
        }
        return new Checked(project, null);
    }

    /** The person calling, or null when no one is logged in. */
    ApplicationUser caller() {
        return authentication.getLoggedInUser();
    }

    /** The experiment's owner, or an administrator of its project, runs it. */
    boolean mayRun(Project project, TrackedIssue issue) {
        return administers(project) || owns(issue);
    }

    boolean administers(Project project) {
        return permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, authentication.getLoggedInUser());
    }

    /**
     * Whether the card's owner names the logged-in user: by user name (case aside, as Jira compares
     * them) or by user key. Adding an experiment assigns its ticket to the user of that name.
     */
    boolean owns(TrackedIssue issue) {
        ApplicationUser user = authentication.getLoggedInUser();
        String owner = ExperimentCard.fromIssue(issue).map(e -> e.owner().strip()).orElse("");
        // An ApplicationUser is every user of one username "ignoring case"; getKey never changes:
        // https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html
        return user != null && !owner.isEmpty()
                && (owner.equalsIgnoreCase(user.getUsername()) || owner.equals(user.getKey()));
    }
}
