package com.atlassian.jira.project.template.hook;

// Unchecked here (page not in the docs search): docs.atlassian.com/jira/7.0.8/com/atlassian/jira/project/template/hook/ConfigureResponse.html, create() per PLUGIN-HOST.md
public class ConfigureResponse {

    public static ConfigureResponse create() {
        return new ConfigureResponse();
    }
}
