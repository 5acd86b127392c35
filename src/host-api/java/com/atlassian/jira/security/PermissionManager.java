package com.atlassian.jira.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

// Checked: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html (@PublicApi; getProjects(ProjectPermissionKey, ApplicationUser) listed there; hasPermission(ProjectPermissionKey, Project, ApplicationUser), past the excerpt seen, as public plugins call it with
// ProjectPermissions.CREATE_ISSUES). The template's validate asks getProjects(CREATE_ISSUES, user) because the project does not
// exist yet, the same question as Jira Software's PermissionService.canCreateIssue(user), "allowed to create an issue in any of
// the projects" (https://docs.atlassian.com/jira-software/9.12.10/com/atlassian/greenhopper/service/PermissionService.html))
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
