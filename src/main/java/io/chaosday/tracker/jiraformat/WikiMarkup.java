package io.chaosday.tracker.jiraformat;

import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TextBlock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Renders a description as Jira wiki markup (Data Center's description format). Every character
 * that means something in wiki markup is escaped, so user text such as {@code {html}},
 * {@code [link|x]} or {@code *bold*} stays literal text.
 */
public final class WikiMarkup {

    /** Characters that start or end markup: macros, links, emphasis, tables, images, lists, citations. */
    private static final String SPECIAL = "\\{}[]*_-+^~?|!#";

    /** Markup characters that Jira reads as markup only at the edge of a word. */
    private static final String INSIDE_WORDS = "-_";

    /** A box to tick: wiki markup has no checkbox, and this needs no markup at all. */
    public static final String BOX = "\u2610 ";

    private WikiMarkup() {
    }

    public static String render(List<TextBlock> blocks) {
        List<String> parts = new ArrayList<>();
        for (TextBlock block : blocks) {
            parts.add(render(block));
        }
        return String.join("\n\n", parts);
    }

    private static String render(TextBlock block) {
        if (block instanceof TextBlock.Heading heading) {
            return "h3. " + escape(heading.text());
        }
        if (block instanceof TextBlock.Paragraph paragraph) {
            return escape(paragraph.text());
        }
        if (block instanceof TextBlock.Bullets bullets) {
            return list(bullets.items(), "");
        }
        if (block instanceof TextBlock.Verbatim verbatim) {
            return verbatim(verbatim.part());
        }
        TextBlock.Checklist checklist = (TextBlock.Checklist) block;
        return list(checklist.items(), BOX);
    }

    /** A person's own wiki markup, as they wrote it: it was already theirs to write in this ticket. */
    private static String verbatim(IssueDescription part) {
        if (part.markup() != SourceMarkup.WIKI) {
            throw new IllegalArgumentException("a description part in " + part.markup() + " cannot be written as wiki markup");
        }
        return part.body().strip();
    }

    private static String list(List<String> items, String marker) {
        List<String> lines = new ArrayList<>();
        for (String item : items) {
            lines.add("* " + marker + escape(item));
        }
        return String.join("\n", lines);
    }

    /**
     * Escapes markup characters with a backslash and folds line breaks, so no line can start a heading or list.
     * A character that only makes markup in pairs at a word's edge (the {@code -} of strike-through, the
     * {@code _} of emphasis) stays as it is inside a word, and a lone {@code ?} is no citation: "fail-over",
     * "2027-04-01" and "notice?" read as typed, for a person copying them from the ticket.
     */
    public static String escape(String text) {
        String oneLine = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 && !harmless(oneLine, i)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Plain text of several lines, as a comment is, as wiki markup that shows it as typed: each line
     * {@link #escape}d, and a single line break between them, which keeps them apart without starting
     * a new paragraph.
     */
    public static String lines(String text) {
        return String.join("\n", Arrays.stream(text.split("\\R")).map(WikiMarkup::escape).toList());
    }

    /** Text written with {@link #escape} or {@link #lines}, line by line, back as it was typed: each backslash escape taken off. */
    public static String unescape(String markup) {
        List<String> lines = new ArrayList<>();
        for (String line : markup.split("\\R")) {
            lines.add(line.replaceAll("\\\\(.)", "$1"));
        }
        return String.join("\n", lines).strip();
    }

    private static boolean harmless(String text, int i) {
        char c = text.charAt(i);
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (c == '?') {
            return before != '?' && after != '?';
        }
        return INSIDE_WORDS.indexOf(c) >= 0 && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    }
}
