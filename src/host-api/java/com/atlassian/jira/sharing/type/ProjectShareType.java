package com.atlassian.jira.sharing.type;

// Checked: Jira's ProjectShareType.TYPE, the share type "project" (share with everyone who may browse a project), as
// Jira's own tests share filters with a project. ASSUMED: in jira-api and exported to apps in 10.3 and 11.3.
public final class ProjectShareType implements ShareType {

    public static final ShareType.Name TYPE = new ShareType.Name("project");

    private ProjectShareType() {
    }
}
