package com.atlassian.sal.api;

// Partly checked: the constant CANONICAL as Atlassian's own plugins call getBaseUrl(UrlMode.CANONICAL) (e.g. the Slack
// integration's tests); no SAL Javadoc page for UrlMode found. Only the constants the plugin uses are declared:
// RELATIVE (the context path alone, for the settings page's own links) is unverified here.
public enum UrlMode {
    CANONICAL,
    RELATIVE
}
