package com.atlassian.jira.issue;

// Checked: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html (@PublicApi; setters return IssueInputParameters; addCustomFieldValue(Long, String...)); setSkipScreenCheck per PLUGIN-HOST.md (jira-api source, since 6.3)
public interface IssueInputParameters {

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    /** The date in the instance's date-picker format (DateFieldFormat.formatDatePicker). */
    IssueInputParameters setDueDate(String dueDate);

    IssueInputParameters addCustomFieldValue(Long customFieldId, String... values);

    IssueInputParameters setSkipScreenCheck(boolean skipScreenCheck);
}
