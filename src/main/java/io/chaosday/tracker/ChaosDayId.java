package io.chaosday.tracker;

/**
 * Names one Chaos Day inside a project, and stays the same when its date moves: kept on every
 * issue it owns, and in its label. Made from the Chaos Day's exact name (any script, any length):
 * a readable slug of it and a hash of the whole name, so "Хаос-день", "Chaos Day!" and
 * "Chaos Day" are three Chaos Days although their slugs agree. Chaos Days made before the hash
 * keep their slug-only id ({@link #legacyFromName}); finding them is the finder's business.
 */
public record ChaosDayId(String value) {

    private static final int MAX_LENGTH = 40;

    public ChaosDayId {
        if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*") || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a Chaos Day id: " + value);
        }
    }

    /** Characters of the slug before the hash: with '-' and the hash, the id stays within 40. */
    private static final int SLUG_LENGTH = MAX_LENGTH - 1 - Slug.HASH_LENGTH;

    /** The id of the Chaos Day of this name: its slug cut to 31 characters, '-', and 8 hex digits of the name's hash. */
    public static ChaosDayId fromName(String name) {
        String exact = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC);
        return new ChaosDayId(Slug.of(exact, SLUG_LENGTH, "chaos-day") + "-" + Slug.hash(exact));
    }

    /**
     * The id a Chaos Day of this name was given before ids carried a hash: only its slug, so
     * different names could share it. Read only to find such a Chaos Day again; never given to a new one.
     */
    public static ChaosDayId legacyFromName(String name) {
        return new ChaosDayId(Slug.of(name.strip(), MAX_LENGTH, "chaos-day"));
    }

    /** The id read as a name, "payments-chaos-day" as "Payments Chaos Day", where the name itself is not at hand. */
    public String readable() {
        StringBuilder out = new StringBuilder();
        for (String word : value.split("-")) {
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /** The label every issue of this Chaos Day carries, so one JQL query finds them all. */
    public String label() {
        return "chaos-day-" + value;
    }
}
