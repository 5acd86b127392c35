package io.chaosday.tracker;

import java.util.List;

/** The issue properties this tool keeps on issues, read back with every search. */
public final class IssueProperties {

    /** The experiment card, on experiment tickets. */
    public static final String EXPERIMENT = "io.chaosday.experiment";

    /** The Confluence page published from the issue: {@code {"pageId": "..."}}. */
    public static final String PAGE = "io.chaosday.page";

    /** Every property a search should return. */
    public static final List<String> ALL = List.of(IssueIdentity.PROPERTY_KEY, EXPERIMENT, PAGE);

    private IssueProperties() {
    }

    /**
     * The properties besides the identity that an issue of this item may carry, so a tracker that
     * reads properties one issue at a time asks only where there can be something.
     */
    public static List<String> carriedBy(String item) {
        if (item.startsWith("experiment/")) {
            return List.of(EXPERIMENT);
        }
        if (item.equals("review") || item.startsWith("review/") || item.equals("team-of-teams") || item.equals("epic/share")) {
            return List.of(PAGE);
        }
        return List.of();
    }
}
