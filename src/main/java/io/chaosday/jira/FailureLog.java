package io.chaosday.jira;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What went wrong in the plugin, written to Jira's own log (atlassian-jira.log) through the SLF4J
 * Jira exports to apps: which project, what was being done, and the failure with its stack trace.
 * Never a secret: every message of the failure and its causes is logged with the fallback token
 * (and anything shaped like a Bearer or Basic credential) replaced, and the values we log are kept
 * on one line, so a project key from a URL cannot forge log lines.
 */
public final class FailureLog {

    static final String HIDDEN = "[hidden]";
    private static final Pattern CREDENTIAL = Pattern.compile("(?i)\\b(bearer|basic)(\\s+)[A-Za-z0-9._~+/=-]{6,}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** Causes beyond this depth are left out: a cycle or a very deep chain must not stop the log. */
    private static final int DEPTH = 8;

    private final Logger log;
    private final Supplier<? extends Collection<String>> secrets;

    public FailureLog(Logger log, Supplier<? extends Collection<String>> secrets) {
        this.log = log;
        this.secrets = secrets;
    }

    /** The log of {@code owner}'s category, for a host without secrets of ours. */
    public static FailureLog of(Class<?> owner) {
        return of(owner, List::of);
    }

    public static FailureLog of(Class<?> owner, Supplier<? extends Collection<String>> secrets) {
        return new FailureLog(LoggerFactory.getLogger(owner), secrets);
    }

    /** A failure of Jira, Confluence or the network: the user was told, the administrator may want to know. */
    public void warn(String doing, String projectKey, Throwable failure) {
        if (log.isWarnEnabled()) {
            log.warn("Chaos Day: {} in project {} failed", oneLine(doing), oneLine(projectKey), redacted(failure));
        }
    }

    /** A failure the plugin did not expect: a fault of ours, for the administrator to report. */
    public void error(String doing, String projectKey, Throwable failure) {
        log.error("Chaos Day: {} in project {} failed unexpectedly", oneLine(doing), oneLine(projectKey), redacted(failure));
    }

    /** Something skipped on purpose, worth a line in the log (no failure). */
    public void note(String doing, String projectKey, String why) {
        log.info("Chaos Day: {} in project {}: {}", oneLine(doing), oneLine(projectKey), oneLine(clean(why)));
    }

    /**
     * A copy of {@code failure} safe to log or rethrow: the same class names, stack traces and
     * causes, each message with the secrets replaced.
     */
    public RuntimeException redacted(Throwable failure) {
        return redacted(failure, 0);
    }

    private Redacted redacted(Throwable failure, int depth) {
        Throwable cause = failure.getCause();
        Redacted copy = new Redacted(failure.getClass().getName()
                + (failure.getMessage() == null ? "" : ": " + clean(failure.getMessage())),
                cause == null || cause == failure || depth >= DEPTH ? null : redacted(cause, depth + 1));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text;
        for (String secret : secrets.get()) {
            if (secret != null && !secret.isBlank()) {
                cleaned = cleaned.replace(secret, HIDDEN);
            }
        }
        return CREDENTIAL.matcher(cleaned).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + HIDDEN));
    }

    private static String oneLine(String value) {
        return value == null ? "?" : CONTROL.matcher(value).replaceAll(" ");
    }

    /** A failure as logged: its original class name leads the message. */
    static final class Redacted extends RuntimeException {
        Redacted(String message, Throwable cause) {
            super(message, cause, false, true);
        }
    }
}
