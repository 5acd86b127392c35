package com.atlassian.jira.issue.search;

import java.util.List;

// Checked: https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/issue/SearchService.html (Jira 10: SearchResults<com.atlassian.jira.issue.Issue>).
// A CLASS, not an interface: Jira 8+ plugins build it with new SearchResults<Issue>(issues, total, maxResults, start) in their
// test doubles, and read List<T> getResults() (Jira 8 renamed getIssues()). Both seen in public plugin code, no 10.x page found.
public class SearchResults<T> {

    private final List<T> results;

    public SearchResults(List<T> results, int total, int maxResults, int start) {
        this.results = List.copyOf(results);
    }

    public List<T> getResults() {
        return results;
    }
}
