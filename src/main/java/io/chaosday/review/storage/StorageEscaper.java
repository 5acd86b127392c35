package io.chaosday.review.storage;

/**
 * The one way user text becomes storage format: characters XML 1.0 cannot carry are dropped, and
 * the five markup characters are written as references. The result is safe both as element text
 * and inside a double- or single-quoted attribute, so callers never have to pick a variant.
 */
public final class StorageEscaper {

    private StorageEscaper() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        forEachLegal(text, (cp) -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // Raw line ends and tabs would be read back changed: CR as LF, and all three as a
                // space inside an attribute. As references they survive in both places.
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
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
