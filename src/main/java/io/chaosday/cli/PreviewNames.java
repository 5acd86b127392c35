package io.chaosday.cli;

import io.chaosday.tracker.Slug;

/**
 * File names for preview pages: the page title as a slug, shortened at a word and never through the
 * date at its end, so "...-2027-03-10" stays whole.
 */
final class PreviewNames {

    /** Short enough for any file system with the number and extension added. */
    static final int MAX = 80;

    private PreviewNames() {
    }

    static String of(String title) {
        String slug = Slug.of(title, 1000, "page");
        if (slug.length() <= MAX) {
            return slug;
        }
        java.util.regex.Matcher date = java.util.regex.Pattern.compile("-(\\d{4}-\\d{2}-\\d{2})$").matcher(slug);
        String tail = date.find() ? date.group() : "";
        String head = slug.substring(0, slug.length() - tail.length());
        int room = MAX - tail.length();
        int cut = head.lastIndexOf('-', room);
        return head.substring(0, cut > room / 2 ? cut : room) + tail;
    }
}
