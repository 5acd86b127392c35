package com.atlassian.jira.bc.issue.link;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.RemoteIssueLink;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

// Checked: the interface's source (jira-api, com/atlassian/jira/bc/issue/link/RemoteIssueLinkService.java: the ApplicationUser forms, non-deprecated since 6.1) and https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/link/RemoteIssueLinkService.UpdateValidationResult.html (result classes: getRemoteIssueLink(), isValid(), getErrorCollection())
public interface RemoteIssueLinkService {

    RemoteIssueLinkResult getRemoteIssueLinkByGlobalId(ApplicationUser user, Issue issue, String globalId);

    CreateValidationResult validateCreate(ApplicationUser user, RemoteIssueLink remoteIssueLink);

    RemoteIssueLinkResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    UpdateValidationResult validateUpdate(ApplicationUser user, RemoteIssueLink remoteIssueLink);

    RemoteIssueLinkResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    class RemoteIssueLinkResult {
        private final RemoteIssueLink link;
        private final ErrorCollection errors;

        public RemoteIssueLinkResult(RemoteIssueLink remoteIssueLink, ErrorCollection errors) {
            this.link = remoteIssueLink;
            this.errors = errors;
        }

        public RemoteIssueLink getRemoteIssueLink() {
            return link;
        }

        public boolean isValid() {
            return !errors.hasAnyErrors();
        }

        public ErrorCollection getErrorCollection() {
            return errors;
        }
    }

    class CreateValidationResult extends RemoteIssueLinkResult {
        public CreateValidationResult(RemoteIssueLink remoteIssueLink, ErrorCollection errors) {
            super(remoteIssueLink, errors);
        }
    }

    class UpdateValidationResult extends RemoteIssueLinkResult {
        public UpdateValidationResult(RemoteIssueLink remoteIssueLink, ErrorCollection errors) {
            super(remoteIssueLink, errors);
        }
    }
}
