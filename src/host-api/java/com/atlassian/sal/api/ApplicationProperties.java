package com.atlassian.sal.api;

// Unchecked here (page not in the docs search): SAL ApplicationProperties.getBaseUrl(UrlMode)
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
