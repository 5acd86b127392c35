package com.atlassian.jira.issue.issuetype;

// Not confirmed here: no IssueType page or source was found in the search. getId() String, getName() and isSubTask() as
// Jira plugins call them (the project template's issue types and the adapter read nothing else)
public interface IssueType {

    String getId();

    String getName();

    boolean isSubTask();
}
