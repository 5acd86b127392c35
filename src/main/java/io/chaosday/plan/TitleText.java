package io.chaosday.plan;

/**
 * What may go into a one-line title: a Jira summary or a Confluence page title. Names typed by
 * people or read from files can carry control characters and bidirectional overrides, which
 * Jira and Confluence keep and show: a title that reads differently from what it says. The rule
 * is the same for every title either product gets.
 */
public final class TitleText {

    private TitleText() {
    }

    /** {@code text} with line breaks and tabs as spaces, and control and bidirectional formatting characters removed. */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // one line break, one space
            }
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (!isHidden(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** C0 and C1 controls, DEL, the bidirectional marks (LRM, RLM, ALM), embeddings, overrides and isolates. */
    static boolean isHidden(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }
}
