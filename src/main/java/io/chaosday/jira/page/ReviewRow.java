package io.chaosday.jira.page;

/**
 * One review ticket and the Confluence page published from it.
 *
 * @param page the published page, or null before the first publish
 */
public record ReviewRow(Link issue, String team, boolean done, Link page) {

    public boolean isPublished() {
        return page != null;
    }
}
