package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

// Checked: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkResponseHandler.html (extends ReturningResponseHandler<Response, R>; credentialsRequired(Response) throws ResponseException)
public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {

    R credentialsRequired(Response response) throws ResponseException;
}
