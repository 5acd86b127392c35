package io.chaosday.cli;

/** The command's exit statuses, as the README's "Exit codes" section lists them. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The work could not be done: a remote failure, a file that could not be written. */
    public static final int FAILURE = 1;
    /** The input was wrong: the message says what to change. */
    public static final int USAGE = 2;
    /** {@code status --fail-on-overdue}: the Chaos Day has overdue tickets. */
    public static final int OVERDUE = 3;
    /** {@code ready}: the Chaos Day is not ready to run (no-go). */
    public static final int NOT_READY = 3;

    private ExitCodes() {
    }
}
