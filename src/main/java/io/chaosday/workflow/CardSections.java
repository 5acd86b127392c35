package io.chaosday.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TextBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An experiment ticket's description cut at its headings, each part still in the tracker's own
 * markup: what comes before the first heading, then one part per heading. Compared part by part
 * with what we last wrote, it tells which parts a person edited; those are written back as they
 * are while the parts around them are brought up to date.
 */
record CardSections(Map<String, IssueDescription> parts) {

    /** The heading of what comes before the first heading. */
    static final String OPENING = "";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WIKI_HEADING = Pattern.compile("h[1-6]\\.\\s+(.*)");

    CardSections {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** The parts of a description; empty when it cannot be cut (an ADF body that is not JSON, a heading twice). */
    static Optional<CardSections> of(IssueDescription description) {
        return description.markup() == SourceMarkup.WIKI ? wiki(description.body()) : adf(description.body());
    }

    /**
     * Our blocks with the parts under the headings in {@code keep} replaced by what this
     * description holds under the same heading, as it is there; and every section under a heading
     * not in {@code ours} (a person's own) put back after the part of ours it followed.
     */
    List<TextBlock> keeping(Set<String> keep, List<TextBlock> ourBlocks, Set<String> ours) {
        Map<String, List<String>> ownAfter = new LinkedHashMap<>();
        String anchor = OPENING;
        for (String heading : parts.keySet()) {
            if (ours.contains(heading)) {
                anchor = heading;
            } else {
                ownAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(heading);
            }
        }
        List<TextBlock> merged = new ArrayList<>();
        String heading = OPENING;
        boolean kept = keepHere(keep, heading, merged);
        for (TextBlock block : ourBlocks) {
            if (block instanceof TextBlock.Heading next) {
                addOwn(ownAfter.getOrDefault(heading, List.of()), merged);
                heading = next.text();
                merged.add(block);
                kept = keepHere(keep, heading, merged);
            } else if (!kept) {
                merged.add(block);
            }
        }
        addOwn(ownAfter.getOrDefault(heading, List.of()), merged);
        return merged;
    }

    private void addOwn(List<String> headings, List<TextBlock> merged) {
        for (String heading : headings) {
            merged.add(new TextBlock.Heading(heading));
            if (!parts.get(heading).body().isBlank()) {
                merged.add(new TextBlock.Verbatim(parts.get(heading)));
            }
        }
    }

    private boolean keepHere(Set<String> keep, String heading, List<TextBlock> merged) {
        if (!keep.contains(heading) || !parts.containsKey(heading)) {
            return false;
        }
        merged.add(new TextBlock.Verbatim(parts.get(heading)));
        return true;
    }

    private static Optional<CardSections> wiki(String text) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        List<String> current = new ArrayList<>();
        lines.put(OPENING, current);
        for (String line : text.split("\\R", -1)) {
            Matcher heading = WIKI_HEADING.matcher(line.strip());
            if (heading.matches()) {
                current = new ArrayList<>();
                if (lines.put(unescape(heading.group(1).strip()), current) != null) {
                    return Optional.empty();
                }
            } else {
                current.add(line);
            }
        }
        Map<String, IssueDescription> parts = new LinkedHashMap<>();
        lines.forEach((heading, body) -> parts.put(heading, new IssueDescription(SourceMarkup.WIKI, String.join("\n", body).strip())));
        return Optional.of(new CardSections(parts));
    }

    private static Optional<CardSections> adf(String json) {
        Map<String, ArrayNode> nodes = new LinkedHashMap<>();
        ArrayNode current = JSON.createArrayNode();
        nodes.put(OPENING, current);
        try {
            for (JsonNode node : JSON.readTree(json).path("content")) {
                if ("heading".equals(node.path("type").asText())) {
                    current = JSON.createArrayNode();
                    if (nodes.put(text(node).strip(), current) != null) {
                        return Optional.empty();
                    }
                } else {
                    current.add(node);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Optional.empty();
        }
        Map<String, IssueDescription> parts = new LinkedHashMap<>();
        nodes.forEach((heading, content) -> {
            ObjectNode doc = JSON.createObjectNode().put("type", "doc").put("version", 1);
            doc.set("content", content);
            parts.put(heading, new IssueDescription(SourceMarkup.ADF, doc.toString()));
        });
        return Optional.of(new CardSections(parts));
    }

    private static String text(JsonNode node) {
        StringBuilder text = new StringBuilder();
        for (JsonNode child : node.path("content")) {
            text.append(child.path("text").asText(""));
        }
        return text.toString();
    }

    /** A heading as written in wiki markup, its backslash escapes taken off. */
    private static String unescape(String text) {
        return text.replaceAll("\\\\(.)", "$1");
    }
}
