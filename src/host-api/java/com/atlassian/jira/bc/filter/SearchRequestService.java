package com.atlassian.jira.bc.filter;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.issue.search.SearchRequest;

// Checked: https://docs.atlassian.com/jira/4.4.5/com/atlassian/jira/bc/filter/SearchRequestService.html ("Service
// exposing Search Request Management and retrieval": SearchRequest createFilter(JiraServiceContext, SearchRequest)
// "Persists a SearchRequest to the database", errors in the context's collection; SearchRequest getFilter(
// JiraServiceContext, Long) "Retrieve a given filter by id"), called so by Atlassian's importers plugin to make a board's
// filter. ASSUMED: unchanged in jira-api 10.3 and 11.3 (no 10.x page of it was read).
public interface SearchRequestService {

    SearchRequest createFilter(JiraServiceContext serviceContext, SearchRequest request);

    SearchRequest getFilter(JiraServiceContext serviceContext, Long filterId);
}
