package com.atlassian.sal.api.net;

// Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/ResponseConnectTimeoutException.html (ResponseConnectTimeoutException extends ResponseTimeoutException)
public class ResponseConnectTimeoutException extends ResponseTimeoutException {

    private static final long serialVersionUID = 1L;

    public ResponseConnectTimeoutException(String message) {
        super(message);
    }

    public ResponseConnectTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseConnectTimeoutException(Throwable cause) {
        super(cause);
    }
}
