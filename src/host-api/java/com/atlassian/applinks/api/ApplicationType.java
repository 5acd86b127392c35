package com.atlassian.applinks.api;

// Checked: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/package-summary.html (ApplicationType: the type of an ApplicationLink; no member is called here)
public interface ApplicationType {
}
