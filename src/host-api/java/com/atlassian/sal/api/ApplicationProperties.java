package com.atlassian.sal.api;

// Checked: https://docs.atlassian.com/atlassian-confluence/6.4.0/com/atlassian/confluence/api/impl/sal/ConfluenceApplicationProperties.html
// (implements com.atlassian.sal.api.ApplicationProperties: String getBaseUrl(com.atlassian.sal.api.UrlMode)); no SAL page of Jira 10's SAL found
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
