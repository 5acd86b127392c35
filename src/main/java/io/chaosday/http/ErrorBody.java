package io.chaosday.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's own words from an error answer: Jira's {@code errorMessages} and {@code errors}
 * map, or Confluence's {@code message}. Anything else in the body (HTML, stack traces) is dropped.
 */
public record ErrorBody(List<String> messages, Map<String, String> errors) {

    public static final ErrorBody NONE = new ErrorBody(List.of(), Map.of());

    public ErrorBody {
        messages = List.copyOf(messages);
        errors = Map.copyOf(errors);
    }

    public static ErrorBody parse(ObjectMapper json, String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (IOException e) {
            return NONE;
        }
        return root == null || !root.isObject() ? NONE : of(root);
    }

    /** Reads {@code errorMessages}, {@code errors} and {@code message} from a JSON object. */
    public static ErrorBody of(JsonNode root) {
        List<String> messages = new ArrayList<>();
        root.path("errorMessages").forEach(m -> messages.add(m.asText()));
        if (root.path("message").isTextual()) {
            messages.add(root.get("message").asText());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        root.path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText()));
        return new ErrorBody(messages, errors);
    }

    public boolean isEmpty() {
        return messages.isEmpty() && errors.isEmpty();
    }

    /** The most of a server's words a message quotes: enough for any real reason, never a 2 MB page. */
    public static final int MAX_WORDS = 500;

    /**
     * One line: the messages, then each field error as "field: message", cut after
     * {@link #MAX_WORDS} characters.
     */
    public String words() {
        List<String> parts = new ArrayList<>(messages);
        errors.forEach((field, message) -> parts.add(field + ": " + message));
        return cut(String.join("; ", parts));
    }

    /** The text, cut after {@link #MAX_WORDS} characters (never inside a surrogate pair) with how much was left out. */
    static String cut(String text) {
        if (text.length() <= MAX_WORDS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_WORDS - 1)) ? MAX_WORDS - 1 : MAX_WORDS;
        return text.substring(0, end) + "\u2026 (" + (text.length() - end) + " more characters)";
    }
}
