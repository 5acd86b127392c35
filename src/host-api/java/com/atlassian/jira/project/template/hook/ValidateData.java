package com.atlassian.jira.project.template.hook;

// Unchecked here (page not in the docs search): docs.atlassian.com/jira/7.0.8/com/atlassian/jira/project/template/hook/ValidateData.html, projectKey() per PLUGIN-HOST.md
public final class ValidateData {

    private final String projectKey;

    private ValidateData(String projectKey) {
        this.projectKey = projectKey;
    }

    public String projectKey() {
        return projectKey;
    }

    // Host-side factory in the real class; here it lets tests build one.
    public static ValidateData create(String projectKey) {
        return new ValidateData(projectKey);
    }
}
