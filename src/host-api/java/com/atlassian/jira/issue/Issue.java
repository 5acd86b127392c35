package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Set;

// Unchecked here (page not in the docs search): com.atlassian.jira.issue.Issue, @PublicApi; the getters the adapter reads
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    String getDescription();

    Timestamp getDueDate();

    Status getStatus();

    ApplicationUser getAssignee();

    Set<Label> getLabels();

    IssueType getIssueType();

    /** The issue security level's id; null when the issue has none. */
    Long getSecurityLevelId();
}
