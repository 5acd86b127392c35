package com.atlassian.applinks.api;

import java.net.URI;

// Checked: https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLink.html (createAuthenticatedRequestFactory(), getDisplayUrl(), getName())
public interface ApplicationLink {

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();

    URI getDisplayUrl();

    String getName();
}
