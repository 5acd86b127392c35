package io.chaosday.tracker;

/**
 * Names one Chaos Day inside a project, and stays the same when its date moves: a slug of the
 * Chaos Day's name, kept on every issue it owns.
 */
public record ChaosDayId(String value) {

    private static final int MAX_LENGTH = 40;

    public ChaosDayId {
        if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*") || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a Chaos Day id: " + value);
        }
    }

    public static ChaosDayId fromName(String name) {
        return new ChaosDayId(Slug.of(name, MAX_LENGTH, "chaos-day"));
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
