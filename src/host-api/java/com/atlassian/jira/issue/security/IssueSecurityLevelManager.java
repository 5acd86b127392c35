package com.atlassian.jira.issue.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

// Checked: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/security/IssueSecurityLevelManager.html (@PublicApi interface); getUsersSecurityLevels(Project, ApplicationUser) lies past the excerpt seen there: its List<IssueSecurityLevel> return as Jira's own SecurityLevelSystemField calls it
public interface IssueSecurityLevelManager {

    /** The levels of the project's issue security scheme this user may set; empty without a scheme or the Set Issue Security permission. */
    List<IssueSecurityLevel> getUsersSecurityLevels(Project project, ApplicationUser user);
}
