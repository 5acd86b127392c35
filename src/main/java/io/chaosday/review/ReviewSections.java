package io.chaosday.review;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a filled-in review description back into its sections. People edit these freely, so the
 * reader is forgiving: headings may be Jira wiki markup ({@code h2. Impact}), Markdown
 * ({@code ## Impact}) or a line holding only the heading ({@code Impact:}, {@code *Impact*}); a
 * few other common names are understood; a heading we do not know stays as text in the section
 * before it; text before the first known heading is kept under {@link #PREAMBLE}; a prompt left
 * in place is dropped.
 */
public final class ReviewSections {

    /** The key for text that comes before the first known heading. */
    public static final String PREAMBLE = "preamble";

    private static final Pattern WIKI_HEADING = Pattern.compile("^\\s*h[1-6]\\.\\s+(.*)$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*$");
    private static final Pattern LINES = Pattern.compile("\\R");
    /** Bold, italic or underlined in wiki markup or Markdown; "* x" with a space is a bullet instead. */
    private static final Pattern EMPHASIS = Pattern.compile("^([*_+])(?!\\s)(.+?)(?<!\\s)\\1:?$");

    private static final Map<String, String> NAMES = names();

    private ReviewSections() {
    }

    /** Section key to its text, in template order, for the sections present; the preamble first. */
    public static Map<String, String> parse(String text) {
        Map<String, StringBuilder> found = new LinkedHashMap<>();
        String current = PREAMBLE;
        for (String line : LINES.split(text, -1)) {
            Optional<String> heading = headingIn(line);
            Optional<String> key = heading.flatMap(ReviewSections::keyOf);
            if (key.isPresent()) {
                current = key.get();
                found.computeIfAbsent(current, k -> new StringBuilder());
            } else if (!isPrompt(current, line)) {
                found.computeIfAbsent(current, k -> new StringBuilder()).append(line).append('\n');
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        String preamble = found.containsKey(PREAMBLE) ? found.get(PREAMBLE).toString().strip() : "";
        if (!preamble.isEmpty()) {
            sections.put(PREAMBLE, preamble);
        }
        for (ReviewSection section : ReviewTemplate.sections()) {
            if (found.containsKey(section.key())) {
                sections.put(section.key(), trimBlankLines(found.get(section.key()).toString()));
            }
        }
        return Collections.unmodifiableMap(sections);
    }

    /** The heading a line announces: a marked one always, a plain line only if it names a section. */
    private static Optional<String> headingIn(String line) {
        Matcher wiki = WIKI_HEADING.matcher(line);
        if (wiki.matches()) {
            return Optional.of(wiki.group(1));
        }
        Matcher markdown = MARKDOWN_HEADING.matcher(line);
        if (markdown.matches()) {
            return Optional.of(markdown.group(1));
        }
        return keyOf(line).isPresent() ? Optional.of(line) : Optional.empty();
    }

    /** The section key a heading names, if it names one; the same forgiving match as {@link #parse}. */
    public static Optional<String> keyOf(String heading) {
        return Optional.ofNullable(NAMES.get(normalise(heading)));
    }

    private static boolean isPrompt(String key, String line) {
        String plain = normalise(unescape(line));
        return ReviewTemplate.section(key).map(s -> normalise(s.prompt()).equals(plain)
                || s.example().map(e -> normalise(e).equals(plain.replaceFirst("^[*#-]+\\s+", ""))).orElse(false))
                .orElse(false);
    }

    /**
     * Whether text under a section's heading is only the template's own words (its prompt, its
     * example line, blank lines): a section left like that was not written by anyone.
     */
    public static boolean isTemplateText(String key, String text) {
        return LINES.splitAsStream(text).filter(line -> !line.isBlank()).allMatch(line -> isPrompt(key, line));
    }

    /** Wiki markup's backslash escapes taken out: older tickets carry their prompt as {@code notice\?}. */
    private static String unescape(String line) {
        return line.replaceAll("\\\\([^\\sA-Za-z0-9])", "$1");
    }

    /** Lower case, single spaces, without a colon after it or emphasis around it ({@code *x*}, {@code _x_}). */
    static String normalise(String text) {
        String plain = text.strip();
        // Twice over for Markdown's **bold** and for bold italics.
        for (Matcher emphasis = EMPHASIS.matcher(plain); emphasis.matches(); emphasis = EMPHASIS.matcher(plain)) {
            plain = emphasis.group(2);
        }
        plain = plain.replaceAll(":\\s*$", "").strip();
        return plain.replace("&", "and").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Leading and trailing blank lines go; indentation of the first line stays. */
    private static String trimBlankLines(String text) {
        return text.replaceAll("^(\\s*\\n)+", "").stripTrailing();
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (ReviewSection section : ReviewTemplate.sections()) {
            names.put(normalise(section.heading()), section.key());
        }
        alias(names, ReviewTemplate.SUMMARY, "overview");
        alias(names, ReviewTemplate.DETECTION, "how we noticed");
        alias(names, ReviewTemplate.RESPONSE, "response", "recovery", "response and recovery");
        alias(names, ReviewTemplate.LEARNT, "what we learned", "what we learnt about the system",
                "what we learned about the system", "lessons", "lessons learnt", "lessons learned", "learnings");
        alias(names, ReviewTemplate.IMPROVEMENTS, "action items", "actions", "improvement ideas");
        alias(names, ReviewTemplate.NEXT_CHAOS_DAY, "next chaos day", "improving the next chaos day");
        return Map.copyOf(names);
    }

    private static void alias(Map<String, String> names, String key, String... aliases) {
        for (String alias : aliases) {
            names.put(alias, key);
        }
    }
}
