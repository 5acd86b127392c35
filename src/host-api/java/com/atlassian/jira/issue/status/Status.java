package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

// Checked: jira-api's Status.java (interface, extends IssueConstant, which gives getName(); StatusCategory getStatusCategory(),
// never null: the default category when none is set); no 10.x page found
public interface Status {

    String getName();

    StatusCategory getStatusCategory();
}
