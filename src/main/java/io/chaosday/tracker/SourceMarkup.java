package io.chaosday.tracker;

/** Markups a wiki can convert to its storage format: what Jira descriptions are written in. */
public enum SourceMarkup {
    /** Jira Data Center's wiki markup. */
    WIKI,
    /** Atlassian Document Format (JSON), as Jira Cloud returns descriptions. */
    ADF
}
