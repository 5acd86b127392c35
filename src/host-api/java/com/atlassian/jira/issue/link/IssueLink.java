package com.atlassian.jira.issue.link;

// Checked: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html (@PublicApi; getSourceId(), getDestinationId(), getLinkTypeId())
public interface IssueLink {

    Long getSourceId();

    Long getDestinationId();

    Long getLinkTypeId();
}
