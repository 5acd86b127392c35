package io.chaosday.rest.confluence;

import io.chaosday.http.Credentials;
import io.chaosday.http.RestException;
import io.chaosday.rest.WrongProduct;
import io.chaosday.tracker.TrackerException;
import io.chaosday.tracker.TrackerException.Kind;
import io.chaosday.tracker.WikiConflictException;

import java.util.Locale;

/**
 * Turns a failed call into a {@link TrackerException} whose message tells the user what to do:
 * which variable holds the token to check, which permission is missing in which space, which page
 * or title to look at. Carries Confluence's own words; never the token.
 */
final class ConfluenceFailures {

    /** How Confluence (Data Center and Cloud) words a title clash; both answer 400 with it. */
    private static final String TITLE_CLASH = "a page with this title already exists";

    private final ConfluenceSite site;
    private final Credentials credentials;

    ConfluenceFailures(ConfluenceSite site, Credentials credentials) {
        this.site = site;
        this.credentials = credentials;
    }

    TrackerException translate(RestException e, Attempt attempt) {
        return switch (e.reason()) {
            case STATUS -> WrongProduct.of(e, WrongProduct.Product.CONFLUENCE).<TrackerException>map(w -> w)
                    .orElseGet(() -> fromStatus(e, attempt));
            case NOT_JSON -> new TrackerException(Kind.UNSUPPORTED, site.base() + " does not look like Confluence (got "
                    + e.contentType().orElse("something else") + " from " + e.path() + " while " + attempt.doing()
                    + "); give the address Confluence opens at: " + expectedAddress(), e);
            case REDIRECTED -> new TrackerException(Kind.UNSUPPORTED, e.getMessage(), e);
            case MAY_HAVE_LANDED -> new TrackerException(Kind.UNAVAILABLE, "While " + attempt.doing() + ": "
                    + e.getMessage() + "; " + attempt.ifUnsure(), e);
            case UNREACHABLE, TIMED_OUT, TLS, INTERRUPTED -> new TrackerException(Kind.UNAVAILABLE,
                    "While " + attempt.doing() + ": " + e.getMessage(), e);
        };
    }

    private TrackerException fromStatus(RestException e, Attempt attempt) {
        String words = ConfluenceErrorWords.of(e);
        String confluenceSaid = words.isEmpty() ? "" : " Confluence said: " + words;
        int status = e.status();
        if (status == 401) {
            return new TrackerException(Kind.UNAUTHORISED, unauthorised() + confluenceSaid, e);
        }
        if (status == 403) {
            return new TrackerException(Kind.FORBIDDEN, refused(attempt, 403) + ": your account needs "
                    + attempt.permission() + "." + confluenceSaid, e);
        }
        if (status == 404) {
            return new TrackerException(Kind.NOT_FOUND, "Confluence answered 404 while " + attempt.doing() + ": "
                    + attempt.missing() + "." + confluenceSaid, e);
        }
        if (status == 409 && attempt.versioned()) {
            return new WikiConflictException(refused(attempt, 409) + ": someone wrote it since it was read;"
                    + " read it again and decide whether to overwrite." + confluenceSaid);
        }
        if (status == 400 && attempt.titleClash().isPresent() && words.toLowerCase(Locale.ROOT).contains(TITLE_CLASH)) {
            return new TrackerException(Kind.REJECTED, refused(attempt, 400) + ": " + attempt.titleClash().get() + "."
                    + confluenceSaid, e);
        }
        if (status == 413) {
            return new TrackerException(Kind.REJECTED, refused(attempt, 413) + ": the page or its marker is larger"
                    + " than this Confluence accepts." + confluenceSaid, e);
        }
        if (status == 429 || status >= 500) {
            return new TrackerException(Kind.UNAVAILABLE, "Confluence could not answer while " + attempt.doing() + " ("
                    + status + ", still after retrying where that is safe); try again later." + confluenceSaid, e);
        }
        return new TrackerException(Kind.REJECTED, refused(attempt, status) + "." + confluenceSaid, e);
    }

    /** {@code Creating page "T" in space X was refused (403)} */
    private static String refused(Attempt attempt, int status) {
        return Character.toUpperCase(attempt.doing().charAt(0)) + attempt.doing().substring(1) + " was refused ("
                + status + ")";
    }

    private String unauthorised() {
        if (credentials instanceof Credentials.Basic basic) {
            return "Confluence did not accept " + basic.user() + " with the API token in " + credentials.origin()
                    + " (401): check that CONFLUENCE_USER is your Atlassian account's e-mail address and that the token"
                    + " (made at id.atlassian.com) has not expired or been revoked.";
        }
        if (credentials instanceof Credentials.ApplicationLink link) {
            return "Confluence did not accept the request sent through " + link.origin() + " (401): a Jira"
                    + " administrator can check the link's authentication in Administration > Applications >"
                    + " Application links, and that your Jira account is known to Confluence.";
        }
        return "Confluence did not accept the personal access token in " + credentials.origin() + " (401): check that"
                + " it has not expired or been revoked (Confluence: profile > Personal Access Tokens).";
    }

    private String expectedAddress() {
        return site.isCloud() ? "https://<site>.atlassian.net/wiki"
                : "on Data Center with its context path, e.g. https://confluence.example.com"
                        + " or https://example.com/confluence";
    }
}
