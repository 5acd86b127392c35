package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import java.util.Map;

// Checked: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/bc/issue/package-summary.html and https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueResult.html (validate/do pairs; nested result classes with getIssue(), isValid(), getErrorCollection())
// and a public plugin's complete implementation of IssueService for Jira 8 (ApplicationUser only): newIssueInputParameters() and
// (Map<String, String[]>), validateCreate/create, validateUpdate(ApplicationUser, Long, IssueInputParameters)/update,
// getIssue(ApplicationUser, String), validateDelete(ApplicationUser, Long), ErrorCollection delete(..), validateAssign/assign, as here
public interface IssueService {

    IssueInputParameters newIssueInputParameters();

    /** "Web-style" parameters, as a create form posts them (labels=a&labels=b). */
    IssueInputParameters newIssueInputParameters(Map<String, String[]> actionParameters);

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    IssueResult getIssue(ApplicationUser user, String issueKey);

    DeleteValidationResult validateDelete(ApplicationUser user, Long issueId);

    ErrorCollection delete(ApplicationUser user, DeleteValidationResult deleteValidationResult);

    // Checked: https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/IssueService.AssignValidationResult.html (the result, getAssigneeId()).
    // The assignee is a user NAME: jira-api's javadoc says only "the id of the user", but DefaultIssueService puts it in the
    // assignee field's values, and AssigneeSystemField reads them with UserManager.getUserByName (jira-core source, Jira 6.x;
    // not seen for 10.x). Jira's REST assign (PUT /issue/{key}/assignee, {"name": ...}) takes the name as well.
    // @param assignee the user name of the person to assign, null for nobody
    AssignValidationResult validateAssign(ApplicationUser user, Long issueId, String assignee);

    IssueResult assign(ApplicationUser user, AssignValidationResult assignResult);

    abstract class IssueValidationResult {
        private final MutableIssue issue;
        private final ErrorCollection errors;

        protected IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            this.issue = issue;
            this.errors = errors;
        }

        public MutableIssue getIssue() {
            return issue;
        }

        public boolean isValid() {
            return !errors.hasAnyErrors();
        }

        public ErrorCollection getErrorCollection() {
            return errors;
        }
    }

    class CreateValidationResult extends IssueValidationResult {
        public CreateValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    class UpdateValidationResult extends IssueValidationResult {
        public UpdateValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    class DeleteValidationResult extends IssueValidationResult {
        public DeleteValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    class AssignValidationResult extends IssueValidationResult {
        private final String assigneeId;

        public AssignValidationResult(MutableIssue issue, ErrorCollection errors, String assigneeId) {
            super(issue, errors);
            this.assigneeId = assigneeId;
        }

        public String getAssigneeId() {
            return assigneeId;
        }
    }

    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }
}
