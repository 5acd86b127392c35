package io.chaosday.storage;

/**
 * The one way text becomes markup, for Confluence's storage format (XHTML) and for HTML alike:
 * the pages, their preview, the timeline and the Jira page. Characters XML 1.0 cannot carry are
 * dropped, and the five markup characters are written as references. {@link #escape} is safe both
 * as element text and inside a double- or single-quoted attribute, so templates never have to pick
 * a variant; {@link #escapeText} is for element text only.
 */
public final class StorageEscaper {

    private StorageEscaper() {
    }

    /** For element content and attribute values alike: what templates use for every value. */
    public static String escape(String text) {
        return escape(text, true);
    }

    /** {@link #escape(String)} for any value's text; no value prints as nothing. */
    public static String escape(Object value) {
        return value == null ? "" : escape(value.toString());
    }

    /**
     * For element content only: like {@link #escape} but keeps line ends and tabs as they are, so
     * re-written storage format stays readable. Never for attribute values.
     */
    public static String escapeText(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean forAttributes) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        forEachLegal(text, (cp) -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // A raw CR would be read back as LF.
                case '\r' -> out.append("&#13;");
                // Inside an attribute a raw LF or tab would be read back as a space.
                case '\n' -> out.append(forAttributes ? "&#10;" : "\n");
                case '\t' -> out.append(forAttributes ? "&#9;" : "\t");
                default -> out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The text without the characters XML 1.0 forbids (most controls, lone surrogates, U+FFFE/U+FFFF). */
    public static String stripIllegal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        forEachLegal(text, out::appendCodePoint);
        return out.toString();
    }

    /** Whether XML 1.0 allows the code point (production [2] Char of the XML 1.0 specification). */
    public static boolean isLegal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private interface CodePointSink {
        void accept(int codePoint);
    }

    private static void forEachLegal(String text, CodePointSink sink) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // codePointAt yields a lone surrogate as itself; isLegal rejects the surrogate range.
            if (isLegal(cp)) {
                sink.accept(cp);
            }
        }
    }
}
