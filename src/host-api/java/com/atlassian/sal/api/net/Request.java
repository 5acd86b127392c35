package com.atlassian.sal.api.net;

// Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Request.html (Request<T extends Request<?, ?>, RESP extends Response>: addHeader, setConnectionTimeout, setSoTimeout, setFollowRedirects, setRequestBody(String, String))
public interface Request<T extends Request<?, ?>, RESP extends Response> {

    T addHeader(String headerName, String headerValue);

    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setFollowRedirects(boolean follow);

    T setRequestBody(String requestBody, String contentType);

    // Checked: same page, nested class Request.MethodType ("Represents type of network request")
    enum MethodType {
        GET, POST, PUT, DELETE, HEAD, TRACE, OPTIONS
    }
}
