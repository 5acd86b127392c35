package io.chaosday.jira.page;

/**
 * How the page reaches Confluence, which decides what the publish section offers.
 *
 * @param name where it publishes: the application link's name or the fallback's address
 * @param url  {@link State#AUTHORISATION_NEEDED}: where to authorise; {@link State#NOT_CONFIGURED}:
 *             the admin page; otherwise Confluence's address
 */
public record ConfluenceView(State state, String name, String url, boolean canConfigure) {

    public enum State {
        /** The primary Confluence application link, usable as this user. */
        LINKED,
        /** The link exists, but this user has not yet allowed Jira to act for them in Confluence (OAuth). */
        AUTHORISATION_NEEDED,
        /** No application link; a Confluence address and token set on the admin page instead. */
        FALLBACK,
        /** Neither: an administrator has something to set up. */
        NOT_CONFIGURED
    }

    public boolean canPublish() {
        return state == State.LINKED || state == State.FALLBACK;
    }

    public boolean needsAuthorisation() {
        return state == State.AUTHORISATION_NEEDED;
    }

    public boolean isMissing() {
        return state == State.NOT_CONFIGURED;
    }

    public boolean isFallback() {
        return state == State.FALLBACK;
    }
}
