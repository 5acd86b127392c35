package com.atlassian.sal.api.net;

import java.util.Map;

// Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Response.html (getStatusCode(), getResponseBodyAsString() throws ResponseException, getHeaders() -> Map<String, String>)
public interface Response {

    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    Map<String, String> getHeaders();
}
