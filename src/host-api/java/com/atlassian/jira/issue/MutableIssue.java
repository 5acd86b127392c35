package com.atlassian.jira.issue;

// Checked: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueValidationResult.html (getIssue() returns MutableIssue, an Issue)
public interface MutableIssue extends Issue {
}
