package io.chaosday.pages;

/** Shared pieces of the template views. */
final class Views {

    /** Stands in for a missing issue, so that a view never holds null (strict mode would fail on it). */
    static final IssueRef NO_ISSUE = new IssueRef("", "", "", "");

    /** What a page says for the team-of-teams review. */
    static final String TEAM_OF_TEAMS = "Team of teams";

    private Views() {
    }
}
