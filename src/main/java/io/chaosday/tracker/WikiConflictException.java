package io.chaosday.tracker;

/** The page's version moved on between reading and writing (HTTP 409): read it again. */
public class WikiConflictException extends TrackerException {

    public WikiConflictException(String message) {
        super(Kind.REJECTED, message);
    }
}
