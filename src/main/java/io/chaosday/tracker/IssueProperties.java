package io.chaosday.tracker;

import java.util.List;

/** The issue properties this tool keeps on issues, read back with every search. */
public final class IssueProperties {

    /** The experiment card, on experiment tickets. */
    public static final String EXPERIMENT = "io.chaosday.experiment";

    /** The Confluence page published from the issue: {@code {"pageId": "..."}}. */
    public static final String PAGE = "io.chaosday.page";

    /** The Chaos Day's definition (name, date, calendar, schedule), on its Execute epic. */
    public static final String DEFINITION = "io.chaosday.definition";

    /** Every property a search should return. */
    public static final List<String> ALL = List.of(IssueIdentity.PROPERTY_KEY, EXPERIMENT, PAGE, DEFINITION);

    private IssueProperties() {
    }

    /**
     * The properties besides the identity that an issue of this item may carry, so a tracker that
     * reads properties one issue at a time asks only where there can be something.
     */
    public static List<String> carriedBy(String item) {
        if (item.equals("epic/execute")) {
            return List.of(DEFINITION);
        }
        if (item.startsWith("experiment/")) {
            return List.of(EXPERIMENT);
        }
        if (item.equals("review") || item.startsWith("review/") || item.equals("team-of-teams") || item.equals("epic/share")) {
            return List.of(PAGE);
        }
        return List.of();
    }
}
