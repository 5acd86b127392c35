package com.atlassian.query;

// Checked: https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/issue/SearchService.html (Jira 10 searches take com.atlassian.query.Query); no member is called
public interface Query {
}
