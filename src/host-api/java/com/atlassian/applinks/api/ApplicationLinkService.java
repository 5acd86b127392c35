package com.atlassian.applinks.api;

// Checked: https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLinkService.html (getPrimaryApplicationLink(Class<? extends ApplicationType>), null when there is none)
public interface ApplicationLinkService {

    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
