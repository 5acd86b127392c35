package com.atlassian.jira.issue.issuetype;

// Unchecked here (page not in the docs search): IssueType getId() String, getName(), isSubTask()
public interface IssueType {

    String getId();

    String getName();

    boolean isSubTask();
}
