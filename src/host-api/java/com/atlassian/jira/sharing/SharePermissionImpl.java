package com.atlassian.jira.sharing;

import com.atlassian.jira.sharing.type.ShareType;

// Checked: Jira's SharePermissionImpl(ShareType.Name type, String param1, String param2), as Jira's own tests share
// with a project: new SharePermissionImpl(ProjectShareType.TYPE, projectId, null). ASSUMED: that this class is in
// jira-api (exported to apps) in 10.3 and 11.3.
public class SharePermissionImpl implements SharePermission {

    private final ShareType.Name type;
    private final String param1;
    private final String param2;

    public SharePermissionImpl(ShareType.Name type, String param1, String param2) {
        this.type = type;
        this.param1 = param1;
        this.param2 = param2;
    }

    @Override
    public ShareType.Name getType() {
        return type;
    }

    @Override
    public String getParam1() {
        return param1;
    }

    @Override
    public String getParam2() {
        return param2;
    }
}
