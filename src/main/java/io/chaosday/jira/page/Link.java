package io.chaosday.jira.page;

/** Something the page links to: an issue, a Confluence page, an admin screen. */
public record Link(String text, String url) {
}
