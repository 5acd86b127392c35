package com.atlassian.jira.issue.search;

// Unchecked here (page not in the docs search): the checked exception SearchService's search methods declare
public class SearchException extends Exception {

    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
