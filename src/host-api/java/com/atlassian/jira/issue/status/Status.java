package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

// Unchecked here (page not in the docs search): Status getName(), getStatusCategory()
public interface Status {

    String getName();

    StatusCategory getStatusCategory();
}
