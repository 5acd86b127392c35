package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

// Partly checked: the Jira 10 search result type, SearchResults<Issue>, in docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/issue/SearchService.html; parseQuery, search and searchCount as PLUGIN-HOST.md and Atlassian's JQL guide describe them, unchecked here
public interface SearchService {

    ParseResult parseQuery(ApplicationUser searcher, String query);

    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter<?> pager) throws SearchException;

    long searchCount(ApplicationUser searcher, Query query) throws SearchException;

    final class ParseResult {
        private final Query query;

        public ParseResult(Query query) {
            this.query = query;
        }

        public Query getQuery() {
            return query;
        }

        public boolean isValid() {
            return query != null;
        }
    }
}
