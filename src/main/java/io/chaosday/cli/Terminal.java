package io.chaosday.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/**
 * What stderr is: a terminal, where one progress line is redrawn in place and states are shown in
 * colour, or a file or pipe, which gets plain lines. Colour is left out where {@code NO_COLOR} is set
 * to anything (no-color.org) or {@code TERM} is {@code dumb}. Only text made safe by
 * {@link TerminalText#safe} is ever written with the control sequences this adds.
 */
final class Terminal {

    /** Plain lines, no colour: for files, pipes and tests. */
    static final Terminal PLAIN = new Terminal(Optional.empty(), false, Optional.empty());

    static final String GREEN = "\u001b[32m";
    static final String YELLOW = "\u001b[33m";
    static final String RED = "\u001b[31m";
    static final String CYAN = "\u001b[36m";
    static final String RESET = "\u001b[0m";
    private static final String CLEAR_TO_END = "\u001b[K";

    private final Optional<Writer> raw;
    private final boolean colour;
    /** stdout as it is, when it is the terminal too: tables painted in colour go there. */
    private final Optional<Writer> rawOut;
    private boolean lineOpen;

    private Terminal(Optional<Writer> raw, boolean colour, Optional<Writer> rawOut) {
        this.raw = raw;
        this.colour = colour;
        this.rawOut = rawOut;
    }

    /**
     * The terminal stderr is when {@code interactive} (Java's console is there) and {@code TERM} is
     * not {@code dumb}; plain otherwise. {@code raw} writes to stderr as it is, control sequences included.
     */
    static Terminal of(boolean interactive, Map<String, String> environment, Writer raw) {
        if (!interactive || "dumb".equals(environment.get("TERM"))) {
            return PLAIN;
        }
        String noColour = environment.get("NO_COLOR");
        return new Terminal(Optional.of(raw), noColour == null || noColour.isEmpty(), Optional.empty());
    }

    /**
     * This terminal, with {@code rawOut} the stdout it also is ({@link java.io.Console} is there only
     * when stdin and stdout are the terminal); tables are painted there only when colour is shown.
     */
    Terminal withStdout(Writer rawOut) {
        return colour ? new Terminal(raw, true, Optional.of(rawOut)) : this;
    }

    /**
     * Prints {@code safeText}, made safe by {@link TerminalText#safe} piece by piece and then painted,
     * as it is where colour is shown; through {@code out} (which shows control characters inert) otherwise.
     */
    void printPainted(PrintWriter out, String safeText) {
        if (rawOut.isEmpty()) {
            out.print(safeText);
            return;
        }
        out.flush();
        try {
            rawOut.get().write(safeText);
            rawOut.get().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} in {@code colour} where stdout shows colour; as it is otherwise. */
    String paintStdout(String colourCode, String text) {
        return rawOut.isPresent() ? colourCode + text + RESET : text;
    }

    boolean redraws() {
        return raw.isPresent();
    }

    boolean colours() {
        return colour;
    }

    /** {@code text} in {@code colour} where colour is shown; as it is otherwise. */
    String paint(String colourCode, String text) {
        return colour ? colourCode + text + RESET : text;
    }

    /**
     * Replaces the progress line with {@code line}; {@code done} ends it, so what follows starts on
     * a line of its own. {@code err} is flushed first, so lines printed through it stay in order.
     */
    synchronized void progress(PrintWriter err, String line, boolean done) {
        Writer out = raw.orElseThrow();
        err.flush();
        try {
            out.write("\r" + paint(CYAN, TerminalText.safe(line)) + CLEAR_TO_END + (done ? "\n" : ""));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lineOpen = !done;
    }

    /**
     * {@code out} (the stream this terminal redraws on), ending an open progress line before any
     * other text: a warning or an error then starts on a line of its own.
     */
    Writer endingProgressBefore(Writer out) {
        return new java.io.FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                endLine();
                super.write(c);
            }

            @Override
            public void write(char[] text, int offset, int length) throws IOException {
                if (length > 0) {
                    endLine();
                }
                super.write(text, offset, length);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                if (length > 0) {
                    endLine();
                }
                super.write(text, offset, length);
            }
        };
    }

    /** Ends a progress line left open (a run that stopped half-way), so an error starts on a line of its own. */
    synchronized void endLine() {
        if (lineOpen) {
            try {
                raw.orElseThrow().write("\n");
                raw.get().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lineOpen = false;
        }
    }
}
