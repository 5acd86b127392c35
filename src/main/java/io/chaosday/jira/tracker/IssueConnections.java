package io.chaosday.jira.tracker;

import io.chaosday.tracker.jiraformat.IssueLinkTypes;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.link.RemoteIssueLink;
import com.atlassian.jira.issue.link.RemoteIssueLinkBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.TrackerException;
import java.util.Objects;

/**
 * What ties an issue to the rest: a page, a related issue, the person who owns it. Each write
 * looks first and does nothing when Jira already has it, so running again never adds a second link.
 */
public final class IssueConnections {

    private final RemoteIssueLinkService remoteLinks;
    private final IssueLinkManager issueLinks;
    private final IssueLinkTypeManager linkTypes;
    private final UserManager users;
    private final IssueService issueService;

    public IssueConnections(RemoteIssueLinkService remoteLinks, IssueLinkManager issueLinks, IssueLinkTypeManager linkTypes,
            UserManager users, IssueService issueService) {
        this.remoteLinks = remoteLinks;
        this.issueLinks = issueLinks;
        this.linkTypes = linkTypes;
        this.users = users;
        this.issueService = issueService;
    }

    /** Adds the link, or brings the one with the same global id up to date; an identical one is left alone. */
    void addRemoteLink(ApplicationUser user, Issue issue, RemoteLink link) {
        String what = "linking " + issue.getKey() + " to " + link.url();
        RemoteIssueLinkService.RemoteIssueLinkResult found = remoteLinks.getRemoteIssueLinkByGlobalId(user, issue, link.globalId());
        RemoteIssueLink existing = found.isValid() ? found.getRemoteIssueLink() : null;
        if (existing == null) {
            RemoteIssueLinkService.CreateValidationResult valid = remoteLinks.validateCreate(user, new RemoteIssueLinkBuilder()
                    .issueId(issue.getId()).globalId(link.globalId()).url(link.url().toString()).title(link.title()).build());
            Outcomes.check(valid.getErrorCollection(), what);
            Outcomes.check(remoteLinks.create(user, valid).getErrorCollection(), what);
        } else if (!link.url().toString().equals(existing.getUrl()) || !Objects.equals(link.title(), existing.getTitle())) {
            RemoteIssueLinkService.UpdateValidationResult valid = remoteLinks.validateUpdate(user,
                    new RemoteIssueLinkBuilder(existing).url(link.url().toString()).title(link.title()).build());
            Outcomes.check(valid.getErrorCollection(), what);
            Outcomes.check(remoteLinks.update(user, valid).getErrorCollection(), what);
        }
    }

    /** Relates the two issues unless any link joins them already, in either direction. */
    void relate(ApplicationUser user, Issue issue, Issue other) {
        for (IssueLink link : issueLinks.getOutwardLinks(issue.getId())) {
            if (other.getId().equals(link.getDestinationId())) {
                return;
            }
        }
        for (IssueLink link : issueLinks.getInwardLinks(issue.getId())) {
            if (other.getId().equals(link.getSourceId())) {
                return;
            }
        }
        IssueLinkType relates = linkTypes.getIssueLinkTypesByName(IssueLinkTypes.RELATES).stream().findFirst()
                .orElseThrow(() -> new TrackerException(TrackerException.Kind.UNSUPPORTED, "this Jira has no \"" + IssueLinkTypes.RELATES
                        + "\" issue link type; an administrator can add it under Issue linking"));
        try {
            issueLinks.createIssueLink(issue.getId(), other.getId(), relates.getId(), null, user);
        } catch (CreateException e) {
            throw new TrackerException(TrackerException.Kind.REJECTED,
                    "Jira refused linking " + issue.getKey() + " and " + other.getKey() + ": " + e.getMessage(), e);
        }
    }

    /** Whether Jira has a person with that user name, as {@link #assign} finds them. */
    boolean knowsUser(String userName) {
        return users.getUserByName(userName) != null;
    }

    /**
     * Assigns the issue to the person with that user name. False when Jira knows no such person or
     * will not let them be assigned, as the REST adapter answers; already theirs is done.
     */
    boolean assign(ApplicationUser user, Issue issue, String userName) {
        ApplicationUser assignee = users.getUserByName(userName);
        if (assignee == null) {
            return false;
        }
        if (issue.getAssignee() != null && assignee.getKey().equals(issue.getAssignee().getKey())) {
            return true;
        }
        // By user name, not key: Jira's assignee field looks the value up with UserManager.getUserByName.
        IssueService.AssignValidationResult valid = issueService.validateAssign(user, issue.getId(), assignee.getUsername());
        if (!valid.isValid()) {
            return false;
        }
        Outcomes.check(issueService.assign(user, valid), "assigning " + issue.getKey() + " to " + userName);
        return true;
    }
}
