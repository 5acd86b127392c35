package com.atlassian.jira.issue.search;

// Checked by use: SearchService.search and searchCount declare it (Jira 8+ plugins' SearchService implementations:
// "throws SearchException"), and plugins catch com.atlassian.jira.issue.search.SearchException. No Javadoc page found
public class SearchException extends Exception {

    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
