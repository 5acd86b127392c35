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

    /**
     * Every experiment card of the Chaos Day as last written, on its Execute epic: what a tracker
     * whose search cannot return properties reads instead of each ticket's card.
     */
    public static final String CARDS = "io.chaosday.cards";

    /** Every property a search should return. */
    public static final List<String> ALL = List.of(IssueIdentity.PROPERTY_KEY, EXPERIMENT, PAGE, DEFINITION, CARDS);

    private IssueProperties() {
    }
}
