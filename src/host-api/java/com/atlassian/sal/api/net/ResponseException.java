package com.atlassian.sal.api.net;

// Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/ResponseTimeoutException.html (the base of SAL's request failures; constructors (String), (String, Throwable), (Throwable))
public class ResponseException extends Exception {

    private static final long serialVersionUID = 1L;

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseException(Throwable cause) {
        super(cause);
    }
}
