package io.chaosday.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * A call to Jira or Confluence failed: an error status (with the server's own words), or no usable
 * answer at all. The message never holds a request body, a query string or a credential.
 */
public class RestException extends RuntimeException {

    /** Why the call failed, so adapters can tell the user what to do. */
    public enum Reason {
        /** The server answered with an error status. */
        STATUS,
        /** No connection: refused, unknown host. Nothing was sent. */
        UNREACHABLE,
        /** No answer in time. */
        TIMED_OUT,
        /** The TLS handshake failed: usually a certificate Java does not trust. */
        TLS,
        /** A success status, but not JSON: probably not the product we expected. */
        NOT_JSON,
        /** A redirect: we do not follow them, so the credentials never go to another address. */
        REDIRECTED,
        /** The connection broke after a non-repeatable request was sent: it may or may not have happened. */
        MAY_HAVE_LANDED,
        /** The calling thread was interrupted; its interrupt flag is set again. */
        INTERRUPTED
    }

    private final Reason reason;
    private final int status;
    private final HttpMethod method;
    private final String path;
    private final URI site;
    private final ErrorBody errorBody;
    private final Optional<String> contentType;
    private final JsonNode answer;

    private RestException(Reason reason, int status, HttpMethod method, String path, URI site,
                          ErrorBody errorBody, Optional<String> contentType, String message, Throwable cause) {
        this(reason, status, method, path, site, errorBody, contentType, MissingNode.getInstance(), message, cause);
    }

    private RestException(Reason reason, int status, HttpMethod method, String path, URI site, ErrorBody errorBody,
                          Optional<String> contentType, JsonNode answer, String message, Throwable cause) {
        super(message, cause);
        this.answer = answer;
        this.reason = reason;
        this.status = status;
        this.method = method;
        this.path = path;
        this.site = site;
        this.errorBody = errorBody;
        this.contentType = contentType;
    }

    static RestException status(URI site, HttpMethod method, String path, int status, ErrorBody body, JsonNode answer) {
        String words = body.isEmpty() ? "" : ": " + body.words();
        return new RestException(Reason.STATUS, status, method, path, site, body, Optional.empty(), answer,
                method + " " + path + " answered " + status + words, null);
    }

    static RestException unreachable(URI site, HttpMethod method, String path, String why, Throwable cause) {
        return new RestException(Reason.UNREACHABLE, 0, method, path, site, ErrorBody.NONE, Optional.empty(),
                "cannot reach " + site + " (" + why + "); check the URL", cause);
    }

    static RestException timedOut(URI site, HttpMethod method, String path, Duration limit, int tries, Duration elapsed,
                                  Throwable cause) {
        String all = tries > 1 ? " (" + tries + " tries, " + seconds(elapsed) + " in all)" : "";
        return new RestException(Reason.TIMED_OUT, 0, method, path, site, ErrorBody.NONE, Optional.empty(),
                site + " did not answer " + method + " " + path + " in full within " + seconds(limit) + all, cause);
    }

    static RestException outOfTime(URI site, HttpMethod method, String path, Duration allowed, Duration elapsed) {
        return new RestException(Reason.TIMED_OUT, 0, method, path, site, ErrorBody.NONE, Optional.empty(),
                "stopped waiting for " + site + " at " + method + " " + path + " (" + seconds(elapsed) + " on it): the "
                        + seconds(allowed) + " allowed for the whole command would run out; try again later", null);
    }

    static RestException askedToWaitTooLong(URI site, HttpMethod method, String path, int status, Duration asked,
                                            Duration cap) {
        return new RestException(Reason.TIMED_OUT, status, method, path, site, ErrorBody.NONE, Optional.empty(),
                site + " answered " + method + " " + path + " with " + status + " and asked to wait " + seconds(asked)
                        + " before trying again, longer than the " + seconds(cap) + " this tool waits; try again later",
                null);
    }

    static RestException tooLarge(URI site, HttpMethod method, String path, long limit) {
        return new RestException(Reason.NOT_JSON, 0, method, path, site, ErrorBody.NONE,
                Optional.of("an answer over " + bytes(limit)),
                site + " answered " + method + " " + path + " with more than " + bytes(limit)
                        + "; that is not an answer Jira or Confluence gives, check the address", null);
    }

    static String bytes(long count) {
        return count >= 1024 * 1024 ? count / (1024 * 1024) + " MB" : count / 1024 + " KB";
    }

    /** A duration as a person reads it: "30 s", "2 min 10 s". */
    static String seconds(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 10_000 && millis % 1000 != 0) {
            // "within 0 s" reads as a bug; short limits keep their tenths
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long s = millis / 1000;
        return s < 120 ? s + " s" : s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
    }

    static RestException tls(URI site, HttpMethod method, String path, String why, Throwable cause) {
        return new RestException(Reason.TLS, 0, method, path, site, ErrorBody.NONE, Optional.empty(),
                "TLS handshake with " + site + " failed (" + why + "); the server's certificate is not trusted by Java"
                        + " — add it to a trust store with -Djavax.net.ssl.trustStore, never turn checking off", cause);
    }

    static RestException notJson(URI site, HttpMethod method, String path, int status, String contentType) {
        return new RestException(Reason.NOT_JSON, status, method, path, site, ErrorBody.NONE, Optional.of(contentType),
                site + " answered " + path + " with " + contentType + ", not JSON", null);
    }

    static RestException redirected(URI site, HttpMethod method, String path, int status, String location) {
        return new RestException(Reason.REDIRECTED, status, method, path, site, ErrorBody.NONE, Optional.empty(),
                site + " redirects " + path + " to " + location + " (" + status + "); use the address it redirects to", null);
    }

    static RestException mayHaveLanded(URI site, HttpMethod method, String path, String why, Throwable cause) {
        return new RestException(Reason.MAY_HAVE_LANDED, 0, method, path, site, ErrorBody.NONE, Optional.empty(),
                "the connection to " + site + " broke during " + method + " " + path + " (" + why + "); the change"
                        + " may or may not have been made, so it was not sent again — look before repeating it", cause);
    }

    static RestException interrupted(URI site, HttpMethod method, String path, InterruptedException cause) {
        return new RestException(Reason.INTERRUPTED, 0, method, path, site, ErrorBody.NONE, Optional.empty(),
                "interrupted during " + method + " " + path + " to " + site, cause);
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    public HttpMethod method() {
        return method;
    }

    /** The request's path, without the query. */
    public String path() {
        return path;
    }

    /** The site's base address, as the user gave it. */
    public URI site() {
        return site;
    }

    /** The server's own error words; empty when there were none. */
    public ErrorBody errorBody() {
        return errorBody;
    }

    /** The JSON of an error answer, for adapters that read more than the error words (bulk create); never in the message. */
    public JsonNode answer() {
        return answer;
    }

    /** For {@link Reason#NOT_JSON}: the content type the server sent. */
    public Optional<String> contentType() {
        return contentType;
    }
}
