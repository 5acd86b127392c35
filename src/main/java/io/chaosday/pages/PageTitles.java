package io.chaosday.pages;

import io.chaosday.plan.TitleText;
import io.chaosday.storage.StorageEscaper;

/** Page titles are plain text on one line, and Confluence caps them at 255 characters. */
final class PageTitles {

    /** Long enough for any real name; short enough that a whole title stays under Confluence's cap. */
    static final int MAX_PART = 80;

    private PageTitles() {
    }

    /** One line of legal characters, cut to {@link #MAX_PART} code points with an ellipsis. */
    static String part(String text) {
        String line = TitleText.clean(StorageEscaper.stripIllegal(text)).replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= MAX_PART) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX_PART - 1)).strip() + "\u2026";
    }
}
