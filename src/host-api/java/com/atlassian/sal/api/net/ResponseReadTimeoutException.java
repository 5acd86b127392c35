package com.atlassian.sal.api.net;

// Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/ResponseReadTimeoutException.html (ResponseReadTimeoutException extends ResponseTimeoutException)
public class ResponseReadTimeoutException extends ResponseTimeoutException {

    private static final long serialVersionUID = 1L;

    public ResponseReadTimeoutException(String message) {
        super(message);
    }

    public ResponseReadTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseReadTimeoutException(Throwable cause) {
        super(cause);
    }
}
