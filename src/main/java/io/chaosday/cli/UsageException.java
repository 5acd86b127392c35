package io.chaosday.cli;

/** Input the user can fix: printed as one line, exit status 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
