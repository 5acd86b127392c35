package com.atlassian.jira.issue.link;

// Checked: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/link/DefaultRemoteIssueLinkManager.html names the type; getters as real plugins call them (getId, getIssueId, getGlobalId, getTitle, getUrl). Built only through RemoteIssueLinkBuilder.
public class RemoteIssueLink {

    private final Long id;
    private final Long issueId;
    private final String globalId;
    private final String title;
    private final String url;

    RemoteIssueLink(Long id, Long issueId, String globalId, String title, String url) {
        this.id = id;
        this.issueId = issueId;
        this.globalId = globalId;
        this.title = title;
        this.url = url;
    }

    public Long getId() {
        return id;
    }

    public Long getIssueId() {
        return issueId;
    }

    public String getGlobalId() {
        return globalId;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }
}
