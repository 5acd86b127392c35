package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

// Checked: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkRequestFactory.html (extends AuthorisationURIGenerator; createRequest(Request.MethodType, String url) throws CredentialsRequiredException)
public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {

    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
