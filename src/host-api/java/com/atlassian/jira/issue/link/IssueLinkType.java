package com.atlassian.jira.issue.link;

// Checked by use: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html returns
// Collection<IssueLinkType>; getId() Long and getName() as plugins call them, not confirmed against a page
public interface IssueLinkType {

    Long getId();

    String getName();
}
