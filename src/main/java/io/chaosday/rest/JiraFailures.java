package io.chaosday.rest;

import io.chaosday.http.Credentials;
import io.chaosday.http.RestException;
import io.chaosday.http.RetryPolicy;
import io.chaosday.tracker.TrackerException;
import io.chaosday.tracker.TrackerException.Kind;

/**
 * Turns a failed call into a {@link TrackerException} whose message tells the user what to do:
 * which token to check, which permission is missing, which URL to fix. Never shows the token.
 */
final class JiraFailures {

    private final Credentials credentials;

    JiraFailures(Credentials credentials) {
        this.credentials = credentials;
    }

    /**
     * @param action     what we were doing, e.g. "creating issues in CHAOS"
     * @param permission the Jira permission that action needs, e.g. "Create Issues in project CHAOS"
     */
    TrackerException translate(RestException e, String action, String permission) {
        return switch (e.reason()) {
            case STATUS -> WrongProduct.of(e, WrongProduct.Product.JIRA).<TrackerException>map(w -> w)
                    .orElseGet(() -> fromStatus(e, action, permission));
            case NOT_JSON -> new TrackerException(Kind.UNSUPPORTED, e.site() + " does not look like Jira (got "
                    + e.contentType().orElse("something else") + " from " + e.path() + ")", e);
            case REDIRECTED -> new TrackerException(Kind.UNSUPPORTED, e.getMessage(), e);
            case MAY_HAVE_LANDED -> new TrackerException(Kind.UNAVAILABLE, e.getMessage()
                    + ". Run again: what was created is found again and not created twice", e);
            case UNREACHABLE, TIMED_OUT, TLS, INTERRUPTED -> new TrackerException(Kind.UNAVAILABLE, e.getMessage(), e);
        };
    }

    private TrackerException fromStatus(RestException e, String action, String permission) {
        String jiraSaid = e.errorBody().isEmpty() ? "" : " Jira said: " + e.errorBody().words();
        int status = e.status();
        if (status == 401) {
            return new TrackerException(Kind.UNAUTHORISED, unauthorised(), e);
        }
        if (status == 403) {
            return new TrackerException(Kind.FORBIDDEN, "Jira refused " + action + " (403): your account needs "
                    + permission + "." + jiraSaid, e);
        }
        if (status == 404) {
            return new TrackerException(Kind.NOT_FOUND, "Jira found nothing at " + e.path() + " while " + action
                    + " (404)." + jiraSaid, e);
        }
        if (status == 429 || status >= 500) {
            return new TrackerException(Kind.UNAVAILABLE, "Jira could not answer while " + action + " (" + status
                    + ", after " + RetryPolicy.MAX_ATTEMPTS + " tries where that is safe); try again later." + jiraSaid, e);
        }
        return new TrackerException(Kind.REJECTED, "Jira refused " + action + " (" + status + ")."
                + (jiraSaid.isEmpty() ? "" : jiraSaid), e);
    }

    private String unauthorised() {
        if (credentials instanceof Credentials.Basic) {
            return "Jira did not accept JIRA_USER and the token in " + credentials.origin()
                    + " (an API token from id.atlassian.com) (401); check the e-mail address and that the token"
                    + " has not expired or been revoked";
        }
        return "Jira did not accept the token in " + credentials.origin() + " (401); check it has not expired";
    }
}
