package io.chaosday.tracker;

/**
 * The tracker refused or failed a request. The message is for the user: it carries the tracker's
 * own error text and never a credential.
 */
public class TrackerException extends RuntimeException {

    /** What kind of failure, so callers can decide what to do next without parsing text. */
    public enum Kind {
        /** The credentials were not accepted (401). */
        UNAUTHORISED,
        /** The credentials lack a permission (403). */
        FORBIDDEN,
        /** The thing asked for does not exist (404). */
        NOT_FOUND,
        /** The tracker rejected the input (400, 409). */
        REJECTED,
        /** Unreachable, timed out, or failed after retries; a write may or may not have happened. */
        UNAVAILABLE,
        /** Not the kind of server expected (not Jira, no Jira Software, unexpected answer). */
        UNSUPPORTED
    }

    private final Kind kind;

    public TrackerException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public TrackerException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A project the tracker does not have, or will not show this person: Jira answers both alike. */
    public static TrackerException noProject(String projectKey) {
        return new TrackerException(Kind.NOT_FOUND, "Jira has no project " + projectKey + " (or your account cannot browse it)");
    }
}
