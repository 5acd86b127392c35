package io.chaosday.http;

/** No usable token was found; the message says where we looked and what to set. */
public class MissingCredentialsException extends RuntimeException {

    public MissingCredentialsException(String message) {
        super(message);
    }
}
