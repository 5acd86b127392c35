package com.atlassian.jira.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

// Checked: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html (@PublicApi; getProjects(ProjectPermissionKey, ApplicationUser) listed there; hasPermission(ProjectPermissionKey, Project, ApplicationUser) per PLUGIN-HOST.md)
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
