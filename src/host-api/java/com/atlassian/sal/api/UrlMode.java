package com.atlassian.sal.api;

// Checked by use (no SAL Javadoc page for UrlMode found in the docs search): Atlassian's own plugins call
// ApplicationProperties.getBaseUrl(UrlMode.CANONICAL) (the Slack integration, Atlassian Connect) and
// getBaseUrl(UrlMode.RELATIVE) for the context path alone (Jira Service Management, Confluence's mail archive).
// Only the constants the plugin uses are declared.
public enum UrlMode {
    CANONICAL,
    RELATIVE
}
