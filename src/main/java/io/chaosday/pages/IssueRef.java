package io.chaosday.pages;

import io.chaosday.review.IssueKey;
import io.chaosday.site.JiraSite;

/**
 * How a template shows a Jira issue: as the Jira macro when there is an application link
 * ({@link #macro()}), as a link to its page otherwise. Template view; not for callers.
 */
public record IssueRef(String key, String url, String server, String serverId) {

    static IssueRef of(IssueKey key, JiraSite jira) {
        String url = jira.browse(key).toASCIIString();
        return jira.appLink()
                .map(link -> new IssueRef(key.value(), url, link.server(), link.serverId()))
                .orElseGet(() -> new IssueRef(key.value(), url, "", ""));
    }

    public boolean macro() {
        return !serverId.isEmpty();
    }
}
