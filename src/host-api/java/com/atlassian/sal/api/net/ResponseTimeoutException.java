package com.atlassian.sal.api.net;

// Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/ResponseTimeoutException.html (ResponseTimeoutException extends ResponseException)
public class ResponseTimeoutException extends ResponseException {

    private static final long serialVersionUID = 1L;

    public ResponseTimeoutException(String message) {
        super(message);
    }

    public ResponseTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseTimeoutException(Throwable cause) {
        super(cause);
    }
}
