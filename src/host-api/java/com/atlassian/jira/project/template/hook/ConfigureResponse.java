package com.atlassian.jira.project.template.hook;

// Checked by use only (no page for it in the docs search): public project-template plugins written for Jira 7 and later
// (Spring Scanner's @JiraImport beside them) return ConfigureResponse.create() from configure; a class with a static factory
public class ConfigureResponse {

    public static ConfigureResponse create() {
        return new ConfigureResponse();
    }
}
