package io.chaosday.export;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names as lower-case words joined by hyphens ("Payments & Search" becomes "payments-search"), for
 * Jira labels (which may not contain spaces) and for the stable identities of calendar events.
 * Accents are dropped; letters of other scripts are kept, since Jira labels accept them.
 */
final class Slug {

    private static final String CHAOS_DAY = "chaos-day";

    private Slug() {
    }

    static String of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    /**
     * The label that names one Chaos Day: {@code chaos-day-} and the slug of its name without the
     * words "chaos day", so "Payments", "Chaos Day Payments" and "Payments Chaos Day" all give
     * {@code chaos-day-payments}. Empty when the name says nothing more than "Chaos Day".
     * The date is deliberately left out: a Chaos Day that moves keeps its label.
     */
    static String chaosDayLabel(String name) {
        String rest = ("-" + of(name) + "-").replace("-" + CHAOS_DAY + "-", "-").replaceAll("^-+|-+$", "");
        return rest.isEmpty() ? "" : CHAOS_DAY + "-" + rest;
    }
}
