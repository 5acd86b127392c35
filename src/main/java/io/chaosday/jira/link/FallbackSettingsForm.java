package io.chaosday.jira.link;

/**
 * What the fallback settings page shows: the stored address (or the one just typed, when it was
 * refused), whether a token is set (never the token), and the outcome of the last submit. Immutable
 * and allowlisted for the template.
 *
 * @param action        where the form posts: the page's own address
 * @param xsrfParameter the name Jira reads the form's XSRF token from
 * @param linkName      the primary application link to Confluence, when there is one (then these settings go unused), else ""
 * @param notice        the i18n key of what the last submit did, else ""
 * @param error         why the last submit was refused, in the reader's language, else ""
 * @param spaces        the keys of the spaces the token may publish to, comma-separated, else ""
 */
public record FallbackSettingsForm(String action, String xsrfParameter, String xsrfToken, String baseUrl, boolean tokenSet,
                                   String linkName, String notice, String error, String spaces) {

    /** A form with no spaces allowed yet. */
    public FallbackSettingsForm(String action, String xsrfParameter, String xsrfToken, String baseUrl, boolean tokenSet,
            String linkName, String notice, String error) {
        this(action, xsrfParameter, xsrfToken, baseUrl, tokenSet, linkName, notice, error, "");
    }

    public boolean hasLink() {
        return !linkName.isEmpty();
    }

    public boolean hasNotice() {
        return !notice.isEmpty();
    }

    public boolean hasError() {
        return !error.isEmpty();
    }
}
