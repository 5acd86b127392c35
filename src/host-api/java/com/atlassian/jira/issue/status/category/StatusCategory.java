package com.atlassian.jira.issue.status.category;

// Checked: jira-api's StatusCategory.java (interface; constant COMPLETE = "done", with TO_DO "new" and IN_PROGRESS
// "indeterminate"); getKey() as REST's statusCategory.key, past the part of the source seen. No 10.x page found
public interface StatusCategory {

    String COMPLETE = "done";

    String getKey();
}
