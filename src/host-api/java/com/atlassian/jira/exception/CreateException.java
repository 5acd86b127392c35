package com.atlassian.jira.exception;

// Checked: jira-api's CreateException.java (@PublicApi; extends com.atlassian.jira.JiraException, a checked exception;
// constructors (), (String), (Exception), (String, Exception)). Declared here directly under Exception: the plugin only
// catches it. No 10.x Javadoc page found in the docs search.
public class CreateException extends Exception {

    private static final long serialVersionUID = 1L;


    public CreateException(String message) {
        super(message);
    }
}
