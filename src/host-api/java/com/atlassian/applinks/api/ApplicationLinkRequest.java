package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

// Checked: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkResponseHandler.html ("used by ApplicationLinkRequest.execute(ApplicationLinkResponseHandler)"); a SAL Request of ApplicationLinkRequest and Response
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {

    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
