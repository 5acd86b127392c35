package com.atlassian.sal.api;

// Unchecked here (page not in the docs search): SAL's UrlMode; CANONICAL gives the configured base URL
public enum UrlMode {
    CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO
}
