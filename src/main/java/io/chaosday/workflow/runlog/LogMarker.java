package io.chaosday.workflow.runlog;

import io.chaosday.tracker.Comment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run log entry as the comment that holds it: a line for people (kind, time in the Chaos Day's
 * time zone, text), then a marker line this tool reads back. The marker holds only characters
 * no markup gives a meaning to, so it survives the tracker's markup unchanged.
 */
public final class LogMarker {

    private static final String HEAD = "chaosday-log";
    private static final Pattern MARKER = Pattern.compile(
            "^" + HEAD + " entry=([0-9a-f]{16}) kind=([a-z]+) at=(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)(?: zone=(\\S+))?$");
    private static final Pattern LINE = Pattern.compile("^Chaos Day log: [a-z]+ at \\d\\d:\\d\\d \\([^)]*\\)(?:: (.*))?$");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private LogMarker() {
    }

    /**
     * The entry's id: the same experiment, kind, minute and text give the same id, so an entry
     * written again after a lost answer is known for the one already there. An experiment's start
     * and end happen once, so their id leaves out the time and text.
     */
    public static String id(String issueKey, LogKind kind, Instant at, String text) {
        String content = kind.once() ? issueKey + "\n" + kind.key()
                : issueKey + "\n" + kind.key() + "\n" + at.truncatedTo(ChronoUnit.MINUTES) + "\n" + oneLine(text);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The comment's text for an entry. */
    public static String comment(String id, LogKind kind, Instant at, String text, ZoneId zone) {
        String line = "Chaos Day log: " + kind.key() + " at " + CLOCK.format(at.atZone(zone)) + " (" + zone.getId() + ")";
        String said = oneLine(text);
        return (said.isEmpty() ? line : line + ": " + said) + "\n"
                + HEAD + " entry=" + id + " kind=" + kind.key() + " at=" + at.truncatedTo(ChronoUnit.SECONDS) + " zone=" + zone.getId();
    }

    /** The entry a comment holds; empty for any other comment. */
    public static Optional<LogEntry> read(Comment comment) {
        String[] lines = comment.text().strip().split("\\R");
        Matcher marker = MARKER.matcher(lines[lines.length - 1].strip());
        if (!marker.matches()) {
            return Optional.empty();
        }
        Optional<LogKind> kind = LogKind.fromKey(marker.group(2));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Instant at;
        try {
            at = Instant.parse(marker.group(3));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        // The text is the first line after its heading; a line a person rewrote is kept whole.
        String text = "";
        if (lines.length > 1) {
            Matcher line = LINE.matcher(lines[0].strip());
            text = line.matches() ? Optional.ofNullable(line.group(1)).orElse("") : lines[0].strip();
        }
        ZoneId zone = ZoneOffset.UTC;
        if (marker.group(4) != null) {
            try {
                zone = ZoneId.of(marker.group(4));
            } catch (java.time.DateTimeException e) {
                // a zone this Java does not know: the time is still right, told in UTC
            }
        }
        return Optional.of(new LogEntry(marker.group(1), kind.get(), at, zone, text, comment.author(), comment.id(),
                comment.created()));
    }

    /** Line breaks folded: an entry is one line. */
    public static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
