package io.chaosday.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Keeps text printed to a terminal inert: control characters (escape sequences that recolour,
 * retitle or rewrite the screen, bells, backspaces) and the bidi controls that reorder a line are
 * shown as {@code ?}. Names come from users and from Jira alike, so everything printed passes here.
 * Line ends stay: {@code \n}, {@code \t} and a {@code \r} that starts {@code \r\n} (CSV and iCalendar need it).
 */
final class TerminalText {

    static final char SHOWN_INSTEAD = '?';

    private TerminalText() {
    }

    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            out.append(lineEnd || !isControl(c) ? c : SHOWN_INSTEAD);
        }
        return out.toString();
    }

    static boolean isControl(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }

    /** A writer that passes everything through {@link #safe}, holding a {@code \r} until it sees what follows. */
    static final class SafeWriter extends FilterWriter {
        private boolean heldReturn;

        SafeWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            synchronized (lock) {
                char ch = (char) c;
                if (heldReturn) {
                    heldReturn = false;
                    out.write(ch == '\n' ? '\r' : SHOWN_INSTEAD);
                }
                if (ch == '\r') {
                    heldReturn = true;
                } else {
                    out.write(isControl(ch) ? SHOWN_INSTEAD : ch);
                }
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            synchronized (lock) {
                for (int i = offset; i < offset + length; i++) {
                    write(chars[i]);
                }
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            synchronized (lock) {
                for (int i = offset; i < offset + length; i++) {
                    write(text.charAt(i));
                }
            }
        }

        @Override
        public void close() throws IOException {
            synchronized (lock) {
                if (heldReturn) {
                    heldReturn = false;
                    out.write(SHOWN_INSTEAD);
                }
            }
            super.close();
        }
    }
}
