package io.chaosday.files;

/** A file the user named cannot be used; the message names it, the problem and the fix. */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String message) {
        super(message);
    }
}
