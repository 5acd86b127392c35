package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Set;

// Checked: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (@PublicApi interface; ApplicationUser
// getAssignee(), String getDescription(), Timestamp getDueDate()) and jira-api's Issue.java (Long getSecurityLevelId()).
// getId, getKey, getSummary, getStatus() Status, getIssueType() IssueType and Set<Label> getLabels() lie past the part seen:
// as Jira 7+ plugins call them, not confirmed against a 10.x page
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
