package io.chaosday.cli;

/** The work failed for a reason outside the user's input; printed as one line, exit status 1. */
public class CommandFailure extends RuntimeException {

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public CommandFailure(String message) {
        super(message);
    }
}
