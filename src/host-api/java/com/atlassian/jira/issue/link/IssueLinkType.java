package com.atlassian.jira.issue.link;

// Unchecked here (no page found in the docs search): com.atlassian.jira.issue.link.IssueLinkType, @PublicApi; getId(), getName()
public interface IssueLinkType {

    Long getId();

    String getName();
}
