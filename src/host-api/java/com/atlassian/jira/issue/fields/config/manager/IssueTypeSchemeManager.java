package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

// Read in jira-api source (IssueTypeSchemeManager.java: update(FieldConfigScheme, Collection optionIds), getIssueTypesForProject(Project)); not found in the docs search
public interface IssueTypeSchemeManager {

    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);

    Collection<IssueType> getIssueTypesForProject(Project project);
}
