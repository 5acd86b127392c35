package com.atlassian.jira.issue.link;

// Checked: jira-api's RemoteIssueLinkBuilder.java (class; a constructor copying a RemoteIssueLink; id(Long), issueId(Long),
// globalId(String), title(String), url(String) each returning the builder; build()). No Javadoc page in the docs search
public class RemoteIssueLinkBuilder {

    private Long id;
    private Long issueId;
    private String globalId;
    private String title;
    private String url;

    public RemoteIssueLinkBuilder() {
    }

    public RemoteIssueLinkBuilder(RemoteIssueLink link) {
        this.id = link.getId();
        this.issueId = link.getIssueId();
        this.globalId = link.getGlobalId();
        this.title = link.getTitle();
        this.url = link.getUrl();
    }

    public RemoteIssueLinkBuilder id(Long id) {
        this.id = id;
        return this;
    }

    public RemoteIssueLinkBuilder issueId(Long issueId) {
        this.issueId = issueId;
        return this;
    }

    public RemoteIssueLinkBuilder globalId(String globalId) {
        this.globalId = globalId;
        return this;
    }

    public RemoteIssueLinkBuilder title(String title) {
        this.title = title;
        return this;
    }

    public RemoteIssueLinkBuilder url(String url) {
        this.url = url;
        return this;
    }

    public RemoteIssueLink build() {
        return new RemoteIssueLink(id, issueId, globalId, title, url);
    }
}
