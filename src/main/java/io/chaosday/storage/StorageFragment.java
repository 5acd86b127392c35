package io.chaosday.storage;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A piece of storage format that may go into a page as markup, not as text. There are only two
 * ways to get one, and both make it safe: {@link #fromConfluence} for text Confluence converted
 * (checked by {@link StorageSanitizer}), and {@link #plainText} for text we escape ourselves.
 * Templates insert it as it is; every other value they insert is escaped.
 */
public final class StorageFragment {

    public static final StorageFragment EMPTY = new StorageFragment("", List.of());

    private static final Pattern BLANK_LINES = Pattern.compile("\\R[\\t ]*\\R\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final String xhtml;
    private final List<String> removed;

    private StorageFragment(String xhtml, List<String> removed) {
        this.xhtml = xhtml;
        this.removed = List.copyOf(removed);
    }

    /**
     * Storage format from Confluence's converter ({@code /rest/api/contentbody/convert/storage}),
     * re-checked: macros outside {@link StorageSanitizer#ALLOWED_MACROS}, scripts and unsafe links
     * are taken out and listed in {@link #removed()}.
     *
     * @throws StorageFormatException when the text is not well-formed storage format
     */
    public static StorageFragment fromConfluence(String storage) {
        StorageSanitizer.Result result = StorageSanitizer.sanitize(storage);
        return result.storage().isBlank() ? new StorageFragment("", result.removed())
                : new StorageFragment(result.storage(), result.removed());
    }

    /** Plain text as paragraphs: a blank line starts a new paragraph, a single line break stays one. */
    public static StorageFragment plainText(String text) {
        if (text.isBlank()) {
            return EMPTY;
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : BLANK_LINES.split(text.strip())) {
            out.append("<p>");
            String[] lines = LINE_BREAK.split(paragraph, -1);
            for (int i = 0; i < lines.length; i++) {
                out.append(i == 0 ? "" : "<br/>").append(StorageEscaper.escape(lines[i]));
            }
            out.append("</p>");
        }
        return new StorageFragment(out.toString(), List.of());
    }

    /** The markup, ready to put into a page. */
    public String xhtml() {
        return xhtml;
    }

    /** What {@link #fromConfluence} took out, one line each, for a warning to the user. */
    public List<String> removed() {
        return removed;
    }

    public boolean isEmpty() {
        return xhtml.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StorageFragment that && xhtml.equals(that.xhtml);
    }

    @Override
    public int hashCode() {
        return xhtml.hashCode();
    }

    /** Deliberately not the markup: anything that prints a fragment by accident shows no markup. */
    @Override
    public String toString() {
        return "StorageFragment[" + xhtml.length() + " chars]";
    }
}
