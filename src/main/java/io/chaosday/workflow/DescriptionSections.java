package io.chaosday.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.review.ReviewSections;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.SourceMarkup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a filled-in review description into its sections, each still in the tracker's own
 * markup, so Confluence can convert each one: wiki markup is split by its heading lines, an ADF
 * document by its heading nodes. Nothing here converts one markup into another.
 */
final class DescriptionSections {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DescriptionSections() {
    }

    static Map<String, IssueDescription> split(IssueDescription description) {
        return description.markup() == SourceMarkup.WIKI ? wiki(description.body()) : adf(description.body());
    }

    private static Map<String, IssueDescription> wiki(String text) {
        Map<String, IssueDescription> sections = new LinkedHashMap<>();
        ReviewSections.parse(text).forEach((key, body) -> sections.put(key, new IssueDescription(SourceMarkup.WIKI, body)));
        return sections;
    }

    private static Map<String, IssueDescription> adf(String json) {
        Map<String, ArrayNode> parts = new LinkedHashMap<>();
        String current = ReviewSections.PREAMBLE;
        try {
            JsonNode doc = JSON.readTree(json);
            for (JsonNode node : doc.path("content")) {
                Optional<String> key = "heading".equals(node.path("type").asText()) ? ReviewSections.keyOf(text(node)) : Optional.empty();
                if (key.isPresent()) {
                    current = key.get();
                    parts.computeIfAbsent(current, k -> JSON.createArrayNode());
                } else if (!isPrompt(current, node)) {
                    parts.computeIfAbsent(current, k -> JSON.createArrayNode()).add(node);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new WorkflowException(new WorkflowFailure.UnreadableDescription(e.getOriginalMessage()));
        }
        Map<String, IssueDescription> sections = new LinkedHashMap<>();
        parts.forEach((key, content) -> {
            if (!content.isEmpty()) {
                ObjectNode doc = JSON.createObjectNode().put("type", "doc").put("version", 1);
                doc.set("content", content);
                sections.put(key, new IssueDescription(SourceMarkup.ADF, doc.toString()));
            }
        });
        return sections;
    }

    /** A paragraph or example line of the template that nobody changed. */
    private static boolean isPrompt(String section, JsonNode node) {
        StringBuilder text = new StringBuilder();
        lines(node, text);
        return !section.equals(ReviewSections.PREAMBLE) && !text.toString().isBlank()
                && ReviewSections.isTemplateText(section, text.toString());
    }

    /**
     * The section as lines of text, bullets marked "* ", for reading improvement ideas out of it.
     * Wiki markup already is; an ADF section gives one line per paragraph or list item.
     */
    static String lines(IssueDescription section) {
        if (section.markup() == SourceMarkup.WIKI) {
            return section.body();
        }
        StringBuilder out = new StringBuilder();
        try {
            lines(JSON.readTree(section.body()), out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "";
        }
        return out.toString();
    }

    private static void lines(JsonNode node, StringBuilder out) {
        String type = node.path("type").asText();
        if (type.equals("listItem")) {
            out.append("* ").append(text(node)).append('\n');
        } else if (type.equals("paragraph") || type.equals("heading")) {
            out.append(text(node)).append('\n');
        } else {
            node.path("content").forEach(child -> lines(child, out));
        }
    }

    private static String text(JsonNode node) {
        StringBuilder text = new StringBuilder(node.path("text").asText(""));
        node.path("content").forEach(child -> text.append(text(child)));
        return text.toString();
    }
}
