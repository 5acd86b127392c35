package io.chaosday.tracker;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as lower-case ASCII words joined by '-' ("Q3 Chaos Day – Zürich & Co" becomes
 * "q3-chaos-day-zurich-co"): for ids, labels and file names, never for what people read.
 * Accents are dropped; letters that have no ASCII form are left out.
 */
public final class Slug {

    private Slug() {
    }

    /** The slug of {@code text}, cut to {@code max} characters; {@code fallback} when nothing is left. */
    public static String of(String text, int max, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max).replaceAll("-$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
