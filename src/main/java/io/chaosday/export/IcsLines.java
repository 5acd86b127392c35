package io.chaosday.export;

import java.nio.charset.StandardCharsets;

/**
 * Content lines as RFC 5545 writes them: TEXT values escaped (section 3.3.11), lines folded so no
 * line is longer than 75 octets of UTF-8 (section 3.1), never inside a character, and every line
 * ended by CRLF.
 */
final class IcsLines {

    static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is already in iCalendar form (dates, identifiers, keywords). */
    IcsLines raw(String nameAndParams, String value) {
        return line(nameAndParams + ":" + value);
    }

    /** A property whose value is TEXT: backslash, semicolon, comma and line breaks are escaped. */
    IcsLines text(String name, String value) {
        return raw(name, escape(value));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String value) {
        StringBuilder text = new StringBuilder(value.length() + 8);
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case ';' -> text.append("\\;");
                case ',' -> text.append("\\,");
                case '\n' -> text.append("\\n");
                default -> text.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c); // other controls are not TEXT
            }
        }
        return text.toString();
    }

    private IcsLines line(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1; // the space that starts a continuation line counts towards its 75 octets
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
        return this;
    }
}
