package io.chaosday.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.workflow.day.DayLog;
import io.chaosday.workflow.runlog.LogKind;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI document's {@code LogInput}: one entry of an experiment's run log as the page sends it
 * (its kind, its words, the time it happened when noted late, and whether a start overrides the
 * environment's isolation), read into the request the engine's {@link DayLog} writes, as the
 * command line's run log commands do.
 */
final class LogInput {

    private static final Set<String> FIELDS = Set.of("kind", "text", "at", "force");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    /** The text of one entry; a comment holds far more, a log line should not. */
    static final int MAX_TEXT = 2000;

    private LogInput() {
    }

    static DayLog.Request read(JsonNode body, String experiment) {
        if (body == null || !body.isObject()) {
            throw new BadInput(Optional.empty(), "a JSON object");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new BadInput(Optional.of(name), "not a field of a run log entry");
            }
        });
        JsonNode kindNode = body.get("kind");
        if (kindNode == null || !kindNode.isTextual()) {
            throw new BadInput(Optional.of("kind"), "required: one of start, detected, responded, recovered, note, stop, halt");
        }
        LogKind kind = LogKind.fromKey(kindNode.asText()).orElseThrow(() -> new BadInput(Optional.of("kind"),
                "one of start, detected, responded, recovered, note, stop, halt, not " + kindNode.asText()));
        String text = text(body);
        if (kind == LogKind.HALT && text.isBlank()) {
            throw new BadInput(Optional.of("text"), "say why the experiment was halted");
        }
        if ((kind == LogKind.DETECTED || kind == LogKind.RESPONDED || kind == LogKind.RECOVERED || kind == LogKind.NOTE)
                && text.isBlank()) {
            throw new BadInput(Optional.of("text"), "say what happened");
        }
        return new DayLog.Request(experiment, kind, text, at(body), force(body));
    }

    private static String text(JsonNode body) {
        JsonNode value = body.get("text");
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new BadInput(Optional.of("text"), "a text");
        }
        if (value.asText().length() > MAX_TEXT) {
            throw new BadInput(Optional.of("text"), "at most " + MAX_TEXT + " characters");
        }
        return value.asText().strip();
    }

    private static Optional<LocalTime> at(JsonNode body) {
        JsonNode value = body.get("at");
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            return Optional.empty();
        }
        try {
            if (value.isTextual()) {
                return Optional.of(LocalTime.parse(value.asText().strip(), CLOCK));
            }
        } catch (DateTimeParseException e) {
            // told below
        }
        throw new BadInput(Optional.of("at"), "a time of day as HH:MM on a 24-hour clock, e.g. 10:02");
    }

    private static boolean force(JsonNode body) {
        JsonNode value = body.get("force");
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new BadInput(Optional.of("force"), "true or false");
        }
        return value.asBoolean();
    }
}
