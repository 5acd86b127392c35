package com.atlassian.sal.api.websudo;

// Checked: named as the checked exception of willExecuteWebSudoRequest on the BambooWebSudoManager page cited in WebSudoManager.
// Assumed: extends Exception (a checked exception, as the throws clause shows).
public class WebSudoSessionException extends Exception {

    private static final long serialVersionUID = 1L;

    public WebSudoSessionException(String message) {
        super(message);
    }
}
