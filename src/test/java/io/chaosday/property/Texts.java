package io.chaosday.property;

import java.util.List;
import java.util.Random;

/** Text as people and hostile people type it: markup, template syntax, control characters, any script. */
public final class Texts {

    /** Pieces that have broken tools of this kind: each is picked whole, then mixed with random characters. */
    static final List<String> PIECES = List.of(
            "<", ">", "&", "&amp;", "&#0;", "]]>", "<![CDATA[", "<script>alert(1)</script>", "<ac:structured-macro ac:name=\"html\">",
            "<ri:page ri:content-title=\"x\"/>", "\"", "'", "`", "${view}", "#set($x=1)", "$!{x}", "{name}", "{team}", "{",
            "}", "*", "- ", "# ", ": ", "h1. ", "[link|http://x]", "{code}", "\\", "\u0000", "\u0007", "\u001b[2J",
            "\u001b]0;title\u0007", "\r", "\n", "\t", "\u202e", "\u2066", "\uFEFF", "\uFFFE", "\uD83D\uDE80", "\uD800",
            "\u00e9", "\u4e2d\u6587", "\u0645\u0631\u062d\u0628\u0627", " ", "  ", "~", "null", "true", "0", "-1",
            "2027-02-30", "9999-12-31", "+10000-01-01", "&name", "*name", "!!binary", "%TAG", "---", "...");

    private Texts() {
    }

    /** Up to {@code maxPieces} pieces and random characters, joined. */
    public static String any(Random random, int maxPieces) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(4)) {
                case 0 -> out.append(PIECES.get(random.nextInt(PIECES.size())));
                case 1 -> out.appendCodePoint(random.nextInt(0x80));
                case 2 -> out.appendCodePoint(random.nextInt(0x3000));
                default -> out.append("word").append(random.nextInt(100));
            }
        }
        return out.toString();
    }

    public static <T> T oneOf(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
