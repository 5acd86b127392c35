package io.chaosday.jira.link;

import java.net.URI;

/**
 * The application link to Confluence works, but the person asking has not yet allowed Jira to act
 * for them in Confluence (OAuth); {@link #authorisationUri()} is where they do so. Unchecked: it
 * passes through the shared adapter untouched, for the page and the REST resource to show.
 */
public final class ConfluenceAuthorisationRequired extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final URI authorisationUri;

    public ConfluenceAuthorisationRequired(URI authorisationUri, String linkName) {
        super("Jira may not yet act for you in " + linkName + ": authorise it first");
        this.authorisationUri = authorisationUri;
    }

    public URI authorisationUri() {
        return authorisationUri;
    }
}
