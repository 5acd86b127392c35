package com.atlassian.jira.issue.issuetype;

// Checked: https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html (@PublicApi interface extends
// IssueConstant; boolean isSubTask(); getId() and getName() inherited from IssueConstant, String getId() as MockIssueType(String id,
// String name) builds it); no 10.x page found
public interface IssueType {

    String getId();

    String getName();

    boolean isSubTask();
}
