package com.atlassian.jira.issue.security;

// Checked: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/security/IssueSecurityLevelManager.html (@PublicApi; its methods return IssueSecurityLevel); getId() Long and getName() as jira-api's IssueSecurityLevelImpl implements them (id, name, description, schemeId)
public interface IssueSecurityLevel {

    Long getId();

    String getName();
}
