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

    /** How many hex digits {@link #hash} gives. */
    public static final int HASH_LENGTH = 8;

    /**
     * Eight hex digits of the SHA-256 of the exact text (UTF-8): what tells apart texts whose
     * slugs agree. Two different texts share them with a chance of one in four billion.
     */
    public static String hash(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, HASH_LENGTH / 2);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
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
