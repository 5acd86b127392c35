package com.atlassian.jira.issue.search;

import java.util.List;

// Checked: https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/issue/SearchService.html (Jira 10: SearchResults<com.atlassian.jira.issue.Issue>); getResults() unchecked here
public interface SearchResults<T> {

    List<T> getResults();
}
