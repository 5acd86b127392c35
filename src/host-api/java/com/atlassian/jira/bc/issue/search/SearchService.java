package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

// Checked: the Jira 10 search result type, SearchResults<Issue>, in https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/issue/SearchService.html;
// ParseResult parseQuery(ApplicationUser, String), SearchResults<Issue> search(ApplicationUser, Query, PagerFilter) and
// long searchCount(ApplicationUser, Query), both throwing SearchException, as Jira 8+ plugins implement the interface
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
