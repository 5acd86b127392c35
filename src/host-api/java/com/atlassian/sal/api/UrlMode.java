package com.atlassian.sal.api;

// Partly checked: the constant CANONICAL as Atlassian's own plugins call getBaseUrl(UrlMode.CANONICAL) (e.g. the Slack
// integration's tests); no SAL Javadoc page for UrlMode found. Only the constant the plugin uses is declared.
public enum UrlMode {
    CANONICAL
}
