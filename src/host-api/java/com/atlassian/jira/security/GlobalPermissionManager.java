package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// Partly checked: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html says "For all global Permissions it is recommended to use GlobalPermissionManager"; hasPermission(GlobalPermissionKey, ApplicationUser) itself not found in the docs search: unverified.
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
