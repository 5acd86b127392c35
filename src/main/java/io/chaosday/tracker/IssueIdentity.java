package io.chaosday.tracker;

/**
 * Which part of which Chaos Day an issue is: stored on the issue (an issue property) so that a
 * re-run finds it again whatever its summary, status or due date has become.
 *
 * @param chaosDay the Chaos Day it belongs to
 * @param item     "epic/plan" for a phase epic; a ticket's identity ("kickoff/Team 1") otherwise
 */
public record IssueIdentity(ChaosDayId chaosDay, String item) {

    /** The issue property that holds the identity. */
    public static final String PROPERTY_KEY = "io.chaosday.identity";

    public static IssueIdentity ofEpic(ChaosDayId chaosDay, String phaseKey) {
        return new IssueIdentity(chaosDay, "epic/" + phaseKey);
    }

    /**
     * A label that names this one issue, for sites where issue properties cannot be read back:
     * the Chaos Day's label plus a slug of the item and a short hash that keeps similar names apart.
     */
    public String label() {
        String hash = Integer.toHexString(item.hashCode() & 0xfffff);
        return chaosDay.label() + "--" + ChaosDayId.slug(item, 60, "item") + "-" + hash;
    }
}
