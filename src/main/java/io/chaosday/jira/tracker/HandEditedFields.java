package io.chaosday.jira.tracker;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.DateFieldFormat;
import io.chaosday.tracker.jiraformat.WikiMarkup;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.IssueState;
import io.chaosday.tracker.IssueUpdate;
import io.chaosday.tracker.SecurityLevel;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TrackerException;
import java.sql.Date;
import java.util.List;
import java.util.Optional;

/**
 * The fields of an issue a person edits by hand (description, due date, assignee, security level):
 * changing them through Jira's issue service, reading them back, and the security levels a
 * project offers. Each answers as the REST adapter does for the same call.
 */
public final class HandEditedFields {

    private final IssueService issueService;
    private final DateFieldFormat dates;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final IssueSecurityLevelManager securityLevels;

    public HandEditedFields(IssueService issueService, DateFieldFormat dates, ProjectManager projects, PermissionManager permissions,
            IssueSecurityLevelManager securityLevels) {
        this.issueService = issueService;
        this.dates = dates;
        this.projects = projects;
        this.permissions = permissions;
        this.securityLevels = securityLevels;
    }

    /** Sets only the fields the update names; Jira keeps the others as they are. An empty update asks nothing of Jira. */
    void update(ApplicationUser user, Issue issue, IssueUpdate update) {
        if (update.isEmpty()) {
            return;
        }
        String what = "updating " + issue.getKey();
        IssueInputParameters input = issueService.newIssueInputParameters();
        update.description().ifPresent(blocks -> input.setDescription(WikiMarkup.render(blocks)));
        update.due().ifPresent(due -> input.setDueDate(dates.formatDatePicker(Date.valueOf(due))));
        update.securityLevelId().ifPresent(id -> input.setSecurityLevelId(levelId(id, issue.getKey())));
        // Our fields need not be on the project's Edit screen: the REST adapter's PUT does not ask either.
        input.setSkipScreenCheck(true);
        IssueService.UpdateValidationResult valid = Outcomes.check(issueService.validateUpdate(user, issue.getId(), input), what);
        Outcomes.check(issueService.update(user, valid), what);
    }

    /** The hand-editable fields as Jira holds them now. */
    static IssueState state(Issue issue) {
        String body = issue.getDescription();
        Optional<IssueDescription> description = body == null || body.isEmpty() ? Optional.empty()
                : Optional.of(new IssueDescription(SourceMarkup.WIKI, body));
        Optional<String> assignee = Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getDisplayName).filter(s -> !s.isEmpty());
        Optional<String> assigneeName = Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getUsername).filter(s -> !s.isEmpty());
        return new IssueState(description, assignee,
                Optional.ofNullable(issue.getDueDate()).map(due -> due.toLocalDateTime().toLocalDate()),
                Optional.ofNullable(issue.getSecurityLevelId()).map(String::valueOf), assigneeName);
    }

    /**
     * The levels of the project's issue security scheme this user may put an issue at: none without
     * a scheme, and none without the Set Issue Security permission, as Jira's REST resource answers.
     */
    List<SecurityLevel> securityLevels(ApplicationUser user, String projectKey) {
        Project project = Optional.ofNullable(projects.getProjectObjByKey(projectKey))
                .orElseThrow(() -> TrackerException.noProject(projectKey));
        if (user == null || !permissions.hasPermission(ProjectPermissions.SET_ISSUE_SECURITY, project, user)) {
            return List.of();
        }
        return securityLevels.getUsersSecurityLevels(project, user).stream()
                .map(level -> new SecurityLevel(String.valueOf(level.getId()), level.getName()))
                .toList();
    }

    private static Long levelId(String id, String issueKey) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            throw new TrackerException(TrackerException.Kind.REJECTED,
                    "\"" + id + "\" is not a Jira issue security level id, so " + issueKey + " was not changed");
        }
    }
}
