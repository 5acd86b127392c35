package io.chaosday.export;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names as lower-case words joined by hyphens ("Payments & Search" becomes "payments-search"), for
 * Jira labels (which may not contain spaces) and for the stable identities of calendar events.
 * Accents are dropped; letters of other scripts are kept, since Jira labels accept them.
 */
final class Slug {

    private Slug() {
    }

    static String of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

}
