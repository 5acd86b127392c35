package com.atlassian.jira.project.template.hook;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Map;

// Checked: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/project/template/hook/ConfigureData.html (@PublicApi class; project(), createdIssueTypes() Map<String,IssueType>, issueTypeScheme() FieldConfigScheme, static create(...))
public final class ConfigureData {

    private final Project project;
    private final Map<String, IssueType> createdIssueTypes;
    private final FieldConfigScheme issueTypeScheme;

    private ConfigureData(Project project, Map<String, IssueType> createdIssueTypes, FieldConfigScheme issueTypeScheme) {
        this.project = project;
        this.createdIssueTypes = createdIssueTypes;
        this.issueTypeScheme = issueTypeScheme;
    }

    public Project project() {
        return project;
    }

    public Map<String, IssueType> createdIssueTypes() {
        return createdIssueTypes;
    }

    public FieldConfigScheme issueTypeScheme() {
        return issueTypeScheme;
    }

    // The real class has static create(...) factories with more arguments; this one serves the tests.
    public static ConfigureData create(Project project, Map<String, IssueType> createdIssueTypes, FieldConfigScheme issueTypeScheme) {
        return new ConfigureData(project, createdIssueTypes, issueTypeScheme);
    }
}
