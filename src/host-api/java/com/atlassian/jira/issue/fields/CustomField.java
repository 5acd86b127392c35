package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.List;

// Checked: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html (@PublicApi interface;
// List<IssueType> getAssociatedIssueTypes(), IssueType objects since 7.2, [null] for a global context); getId(),
// getIdAsLong(), getCustomFieldType() and Object getValue(Issue) as public plugins call them, past the excerpt seen
public interface CustomField {

    String getId();

    Long getIdAsLong();

    CustomFieldType<?, ?> getCustomFieldType();

    /** The issue types the field's contexts cover; for Epic Name, Jira Software's Epic type. */
    List<IssueType> getAssociatedIssueTypes();

    Object getValue(Issue issue);
}
