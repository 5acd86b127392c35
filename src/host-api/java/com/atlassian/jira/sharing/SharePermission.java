package com.atlassian.jira.sharing;

import com.atlassian.jira.sharing.type.ShareType;

// Checked: jira-api's SharePermission: a share type and up to two parameters (for a project share, the project's id
// and optionally a role's id), as Jira's own ProjectShareType tests build them.
public interface SharePermission {

    ShareType.Name getType();

    String getParam1();

    String getParam2();
}
