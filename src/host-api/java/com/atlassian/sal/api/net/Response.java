package com.atlassian.sal.api.net;

import java.io.InputStream;
import java.util.Map;

// Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Response.html (getStatusCode(), getResponseBodyAsString() throws ResponseException, getHeaders() -> Map<String, String>)
public interface Response {

    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    // Checked: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/net/Response.html (getResponseBodyAsStream() throws ResponseException, since SAL 2.0)
    InputStream getResponseBodyAsStream() throws ResponseException;

    Map<String, String> getHeaders();
}
