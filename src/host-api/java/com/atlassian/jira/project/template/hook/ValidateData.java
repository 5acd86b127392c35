package com.atlassian.jira.project.template.hook;

// Checked by use only (no page for it in the docs search): public project-template plugins for Jira 7 and later call
// validateData.projectKey() (String) in their validate; nothing else of it is read here
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
