package com.atlassian.jira.exception;

// Unchecked here (no page found in the docs search): com.atlassian.jira.exception.CreateException, the checked exception IssueLinkManager.createIssueLink declares
public class CreateException extends Exception {

    public CreateException(String message) {
        super(message);
    }
}
