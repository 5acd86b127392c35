package io.chaosday.pages;

import io.chaosday.review.Outcome;

/**
 * A status lozenge, as Confluence's {@code status} macro draws it: a short title in one of its
 * colours. Template view; not for callers.
 *
 * @param colour one of Confluence's names: Grey, Red, Yellow, Green, Blue, Purple
 */
public record Lozenge(String title, String colour) {

    /**
     * Green when the team resolved it, yellow when the Agents had to, blue while running, grey when
     * not run; in few words, as lozenges are read at a glance.
     */
    static Lozenge of(Outcome outcome) {
        return switch (outcome) {
            case RESOLVED_BY_TEAM -> new Lozenge("Resolved by team", "Green");
            case RESOLVED_BY_AGENTS -> new Lozenge("Resolved by Agents", "Yellow");
            case IN_PROGRESS -> new Lozenge("In progress", "Blue");
            case NOT_RUN -> new Lozenge("Not run", "Grey");
            case PLANNED -> new Lozenge("Planned", "Grey");
        };
    }
}
