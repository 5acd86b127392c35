package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.List;

// Unchecked here (page not in the docs search): CustomField getId() "customfield_NNNNN", getIdAsLong(), getCustomFieldType(), getAssociatedIssueTypes(), getValue(Issue)
public interface CustomField {

    String getId();

    Long getIdAsLong();

    CustomFieldType<?, ?> getCustomFieldType();

    /** The issue types the field's contexts cover; for Epic Name, Jira Software's Epic type. */
    List<IssueType> getAssociatedIssueTypes();

    Object getValue(Issue issue);
}
