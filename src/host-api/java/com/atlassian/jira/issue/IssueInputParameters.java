package com.atlassian.jira.issue;

// Checked: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html (@PublicApi; addCustomFieldValue(Long, String...)) and jira-api's IssueInputParameters.java: the field setters return this object, setSkipScreenCheck returns void (since 5.0 for edits, 6.3 for creates)
public interface IssueInputParameters {

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    /** The date in the instance's date-picker format (DateFieldFormat.formatDatePicker). */
    IssueInputParameters setDueDate(String dueDate);

    IssueInputParameters addCustomFieldValue(Long customFieldId, String... values);

    /** Returns nothing, unlike the field setters: it cannot end a chain of them. */
    void setSkipScreenCheck(boolean skipScreenCheck);

    // Checked: jira-api's IssueInputParameters.java ("sets the security level id on the issue", returns this object)
    IssueInputParameters setSecurityLevelId(Long securityLevelId);

    // Checked: jira-api's IssueInputParameters.java ("sets the assignee id for the issue", returns this object) and
    // IssueInputParametersImpl, which puts the value under the assignee field's id (null clears it): the assignee
    // system field reads it as a user name.
    IssueInputParameters setAssigneeId(String assigneeId);
}
