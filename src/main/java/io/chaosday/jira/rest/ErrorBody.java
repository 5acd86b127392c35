package io.chaosday.jira.rest;

import java.net.URI;
import java.util.Optional;

/**
 * The JSON body of every failed call to the REST resource, as the OpenAPI document's {@code Error}
 * schema describes it: the status, a code a script can act on, a message in the user's language,
 * and where they apply the input field at fault or the address to authorise Jira in Confluence.
 */
public record ErrorBody(int status, String code, String message, Optional<String> field, Optional<URI> authorisationUri) {

    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String CONFLICT = "CONFLICT";
    public static final String BUSY = "BUSY";
    public static final String CONFLUENCE_NOT_CONFIGURED = "CONFLUENCE_NOT_CONFIGURED";
    public static final String CONFLUENCE_AUTHORISATION_REQUIRED = "CONFLUENCE_AUTHORISATION_REQUIRED";
    public static final String UPSTREAM_FAILED = "UPSTREAM_FAILED";
    /** Long work that failed for a reason the plugin did not expect; Jira's log has the details. */
    public static final String FAILED = "FAILED";
}
