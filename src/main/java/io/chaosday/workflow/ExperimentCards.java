package io.chaosday.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.TrackedIssue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every experiment card of a Chaos Day in one issue property on its Execute epic, as each card
 * property was last written: what a tracker whose search cannot return issue properties (Jira Data
 * Center) reads in one request instead of one per experiment ticket. The index is trusted only when
 * it says it is complete; one being written (a run stopped between its card writes and the index)
 * or too large to keep sends readers to the tickets' own cards.
 *
 * <p>A flat map: {@code version}, {@code state}, and, when complete, {@code cards}: every card
 * property by its ticket's key as one JSON object, compressed with GZIP and written in Base64.
 */
public record ExperimentCards(State state, Map<String, Map<String, String>> cards) {

    /** The issue property, on the Chaos Day's Execute epic. */
    public static final String KEY = IssueProperties.CARDS;

    /** The layout written by this release; readers trust no other. */
    static final int VERSION = 1;

    /**
     * The most bytes the property may take as sent. Jira keeps an issue property value of at most
     * 32 KB ("The value must be a valid JSON Object and have a maximum size of 32 KB",
     * https://developer.atlassian.com/server/jira/platform/entity-properties/; the DC 10.3 REST
     * document says "The maximum length of the property value is 32768 bytes" for every other
     * entity's properties); the rest is a margin.
     */
    static final int MOST_BYTES = 30_000;

    /** The most bytes the cards may take unpacked: a bound on what a read unpacks, far above what 32 KB packs. */
    static final int MOST_UNPACKED_BYTES = 4 * 1024 * 1024;

    private static final String VERSION_KEY = "version";
    private static final String STATE_KEY = "state";
    private static final String CARDS_KEY = "cards";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether readers may take the cards from the index. */
    public enum State {
        /** Every card of the Chaos Day's experiment tickets as last written by an add. */
        COMPLETE("complete"),
        /** An add is writing cards: what the index holds may be out of date. */
        WRITING("writing"),
        /** The cards would not fit in one issue property. */
        TOO_LARGE("too-large");

        private final String word;

        State(String word) {
            this.word = word;
        }

        static Optional<State> of(String word) {
            for (State state : values()) {
                if (state.word.equals(word)) {
                    return Optional.of(state);
                }
            }
            return Optional.empty();
        }
    }

    public ExperimentCards {
        cards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cards));
    }

    /** The index an add writes after its card writes: complete, or, when it would not fit, too large, with no cards. */
    static ExperimentCards of(Map<String, Map<String, String>> cards) {
        ExperimentCards complete = new ExperimentCards(State.COMPLETE, cards);
        return complete.bytes() <= MOST_BYTES ? complete : new ExperimentCards(State.TOO_LARGE, Map.of());
    }

    /** What an add writes before its first card write, over a complete index. */
    static ExperimentCards writing() {
        return new ExperimentCards(State.WRITING, Map.of());
    }

    /** The index an Execute epic carries, when it was read with it. */
    static Optional<ExperimentCards> onEpic(TrackedIssue epic) {
        return epic.property(KEY).map(ExperimentCards::fromProperty);
    }

    /** The index a property holds; a layout of another release, an unknown state or cards that cannot be read, as being written. */
    static ExperimentCards fromProperty(Map<String, String> property) {
        Optional<State> state = State.of(property.getOrDefault(STATE_KEY, ""));
        if (!Integer.toString(VERSION).equals(property.get(VERSION_KEY)) || state.isEmpty()) {
            return writing();
        }
        if (state.get() != State.COMPLETE) {
            return new ExperimentCards(state.get(), Map.of());
        }
        return decode(property.getOrDefault(CARDS_KEY, "")).map(cards -> new ExperimentCards(State.COMPLETE, cards))
                .orElseGet(ExperimentCards::writing);
    }

    public boolean complete() {
        return state == State.COMPLETE;
    }

    /** The card property the ticket carries, when the index is complete and holds it; otherwise the ticket's own is to be read. */
    public Optional<Map<String, String>> cardOf(String issueKey) {
        return complete() ? Optional.ofNullable(cards.get(issueKey)) : Optional.empty();
    }

    public Map<String, String> toProperty() {
        Map<String, String> property = new LinkedHashMap<>();
        property.put(VERSION_KEY, Integer.toString(VERSION));
        property.put(STATE_KEY, state.word);
        if (state == State.COMPLETE) {
            property.put(CARDS_KEY, encode(cards));
        }
        return property;
    }

    /**
     * The property's size as Data Center is sent it: JSON text inside a JSON string, so every
     * quote is escaped twice. Cloud's object is smaller.
     */
    int bytes() {
        try {
            String object = JSON.writeValueAsString(toProperty());
            return JSON.writeValueAsString(object).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    /**
     * The cards as one JSON object by ticket key, compressed: the cards of a Chaos Day repeat
     * their field names, headings and much of their words, and a property holds at most 32 KB.
     */
    private static String encode(Map<String, Map<String, String>> cards) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zipped = new java.util.zip.GZIPOutputStream(bytes)) {
            zipped.write(JSON.writeValueAsBytes(cards));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
        return java.util.Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static Optional<Map<String, Map<String, String>>> decode(String text) {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                java.util.Base64.getDecoder().decode(text)))) {
            // Read within what one property can hold: 32 KB compressed stays far below this once unpacked.
            byte[] json = in.readNBytes(MOST_UNPACKED_BYTES + 1);
            if (json.length > MOST_UNPACKED_BYTES) {
                return Optional.empty();
            }
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            Map<String, Map<String, String>> cards = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if (!entry.getValue().isObject()) {
                    return Optional.empty();
                }
                Map<String, String> card = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) entry.getValue()::fields) {
                    if (!field.getValue().isTextual()) {
                        return Optional.empty();
                    }
                    card.put(field.getKey(), field.getValue().asText());
                }
                cards.put(entry.getKey(), card);
            }
            return Optional.of(cards);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
