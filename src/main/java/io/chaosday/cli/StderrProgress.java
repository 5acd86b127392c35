package io.chaosday.cli;

import io.chaosday.tracker.Progress;
import java.io.PrintWriter;

/**
 * Progress on stderr, so stdout stays clean for the result. On a terminal, one line redrawn in
 * place as the work goes; elsewhere short lines: one when a new kind of work starts, about every
 * tenth of the way, and at the end — not one per request.
 */
final class StderrProgress implements Progress {

    private final PrintWriter err;
    private final Terminal terminal;
    private String lastWhat = "";
    private int lastShown = -1;

    StderrProgress(PrintWriter err) {
        this(err, Terminal.PLAIN);
    }

    StderrProgress(PrintWriter err, Terminal terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void update(String what, int done, int total) {
        if (terminal.redraws()) {
            terminal.progress(err, "  " + what + (total > 0 ? " (" + done + "/" + total + ")" : ""), total <= 0 || done >= total);
            return;
        }
        int step = Math.max(1, total / 10);
        boolean show = !what.equals(lastWhat) || done >= total || done - lastShown >= step || total <= 0;
        if (!show) {
            return;
        }
        lastWhat = what;
        lastShown = done;
        err.println("  " + what + (total > 0 ? " (" + done + "/" + total + ")" : ""));
        err.flush();
    }
}
