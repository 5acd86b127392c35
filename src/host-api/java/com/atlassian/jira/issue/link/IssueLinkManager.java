package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

// Checked: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html (@PublicApi; createIssueLink(Long, Long, Long, Long, ApplicationUser), getInwardLinks(Long); getOutwardLinks(Long), its pair, past the excerpt seen)
public interface IssueLinkManager {

    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence, ApplicationUser remoteUser)
            throws CreateException;

    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);
}
