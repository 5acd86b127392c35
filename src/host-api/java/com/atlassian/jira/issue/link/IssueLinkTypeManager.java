package com.atlassian.jira.issue.link;

import java.util.Collection;

// Checked: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html (@PublicApi; Collection<IssueLinkType> getIssueLinkTypesByName(String))
public interface IssueLinkTypeManager {

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
