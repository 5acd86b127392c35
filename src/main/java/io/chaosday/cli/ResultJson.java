package io.chaosday.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a command that writes did, as one JSON document on stdout ({@code --format json}): what was
 * created, moved, published or left alone, each with its key and address. The shape is
 * {@code docs/json/chaosday-result.schema.json}; every document names its {@code command}.
 */
final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root = MAPPER.createObjectNode();
    private final IssueTracker tracker;

    ResultJson(String command, boolean dryRun, IssueTracker tracker) {
        this.tracker = tracker;
        root.put("command", command);
        root.put("dryRun", dryRun);
    }

    ObjectNode root() {
        return root;
    }

    ResultJson chaosDay(ChaosDayId id, String name) {
        root.putObject("chaosDay").put("id", id.value()).put("name", name);
        return this;
    }

    ArrayNode list(String name) {
        return root.putArray(name);
    }

    /** An issue in {@code into}: what happened to it, its key, address, summary and due date. */
    ObjectNode issue(ArrayNode into, String action, TrackedIssue issue) {
        ObjectNode node = into.addObject().put("action", action).put("key", issue.key())
                .put("url", tracker.browse(issue.key()).toString()).put("summary", issue.summary());
        node.put("due", date(issue.due()));
        return node;
    }

    /** An issue a dry run would create: it has no key or address yet. */
    ObjectNode planned(ArrayNode into, String action, String summary, Optional<LocalDate> due) {
        ObjectNode node = into.addObject().put("action", action);
        node.putNull("key");
        node.putNull("url");
        node.put("summary", summary);
        node.put("due", date(due));
        return node;
    }

    static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    void print(PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
        out.flush();
    }
}
