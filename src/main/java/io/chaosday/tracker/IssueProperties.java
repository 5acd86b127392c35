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
}
