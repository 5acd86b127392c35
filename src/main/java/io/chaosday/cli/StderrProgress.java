package io.chaosday.cli;

import io.chaosday.tracker.Progress;
import java.io.PrintWriter;

/** Progress as short lines on stderr, so stdout stays clean for the result. */
final class StderrProgress implements Progress {

    private final PrintWriter err;

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(String what, int done, int total) {
        err.println("  " + what + (total > 0 ? " (" + done + "/" + total + ")" : ""));
        err.flush();
    }
}
