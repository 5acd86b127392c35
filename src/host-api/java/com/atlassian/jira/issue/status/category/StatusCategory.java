package com.atlassian.jira.issue.status.category;

// Unchecked here (page not in the docs search): StatusCategory getKey(), "done" for the done category (as REST's statusCategory.key)
public interface StatusCategory {

    String COMPLETE = "done";

    String getKey();
}
