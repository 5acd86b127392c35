package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

// Checked: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html (class; public static final ProjectPermissionKey BROWSE_PROJECTS, CREATE_ISSUES, ADMINISTER_PROJECTS, SET_ISSUE_SECURITY;
// and, on the same page, ADD_COMMENTS and DELETE_OWN_COMMENTS, which the run log's comments need)
public final class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");
    public static final ProjectPermissionKey CREATE_ISSUES = new ProjectPermissionKey("CREATE_ISSUES");
    public static final ProjectPermissionKey SET_ISSUE_SECURITY = new ProjectPermissionKey("SET_ISSUE_SECURITY");
    public static final ProjectPermissionKey ADD_COMMENTS = new ProjectPermissionKey("ADD_COMMENTS");
    public static final ProjectPermissionKey DELETE_OWN_COMMENTS = new ProjectPermissionKey("DELETE_OWN_COMMENTS");

    public ProjectPermissions() {
    }
}
