package com.atlassian.sal.api.net;

// Checked: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkResponseHandler.html (superinterface ReturningResponseHandler<Response, R> with handle)
public interface ReturningResponseHandler<T extends Response, R> {

    R handle(T response) throws ResponseException;
}
