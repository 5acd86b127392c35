package com.atlassian.jira.issue.fields.config;

// Checked: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/project/template/hook/ConfigureData.html (issueTypeScheme() returns it); no member is called
public interface FieldConfigScheme {
}
