package io.chaosday.tracker.jiraformat;

/** The issue link types a Chaos Day makes, by the names Jira gives them. */
public final class IssueLinkTypes {

    /** Jira's standard link type between issues that belong together, as a review and the improvements it asks for. */
    public static final String RELATES = "Relates";

    private IssueLinkTypes() {
    }
}
