package io.chaosday.tracker;

import io.chaosday.plan.Phase;

/**
 * Which part of which Chaos Day an issue is: stored on the issue (an issue property) so that a
 * re-run finds it again whatever its summary, status or due date has become.
 *
 * @param chaosDay the Chaos Day it belongs to
 * @param item     which epic or ticket of it
 */
public record IssueIdentity(ChaosDayId chaosDay, Item item) {

    /** The issue property that holds the identity. */
    public static final String PROPERTY_KEY = "io.chaosday.identity";

    /** The identity an item's stored key names. */
    public IssueIdentity(ChaosDayId chaosDay, String itemKey) {
        this(chaosDay, Item.parse(itemKey));
    }

    public static IssueIdentity ofEpic(ChaosDayId chaosDay, Phase phase) {
        return new IssueIdentity(chaosDay, new Item.PhaseEpic(phase));
    }

    /**
     * A label that names this one issue, for trackers whose search cannot return issue properties:
     * the Chaos Day's label, "--", then the item with every character but letters, digits and '-'
     * written as {@code _XXXX} (its UTF-16 code in hex), so {@link #fromLabel} reads it back exactly.
     */
    public String label() {
        StringBuilder out = new StringBuilder(chaosDay.label()).append(SEPARATOR);
        for (char c : item.key().toCharArray()) {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
                out.append(c);
            } else {
                out.append('_').append(String.format("%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static final String SEPARATOR = "--";
    private static final java.util.regex.Pattern LABEL =
            java.util.regex.Pattern.compile("chaos-day-([a-z0-9]+(?:-[a-z0-9]+)*)--((?:[A-Za-z0-9-]|_[0-9a-f]{4})+)");

    /** The identity a {@link #label()} names; empty for any other label. */
    public static java.util.Optional<IssueIdentity> fromLabel(String label) {
        java.util.regex.Matcher m = LABEL.matcher(label);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        String encoded = m.group(2);
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '_') {
                item.append((char) Integer.parseInt(encoded.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                item.append(c);
            }
        }
        try {
            return java.util.Optional.of(new IssueIdentity(new ChaosDayId(m.group(1)), item.toString()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
