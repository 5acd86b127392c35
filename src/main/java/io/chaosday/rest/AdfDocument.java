package io.chaosday.rest;

import io.chaosday.tracker.jiraformat.WikiMarkup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TextBlock;

import java.util.List;

/**
 * Renders a description as Atlassian Document Format (Cloud's description format, REST v3).
 * User text only ever goes into {@code text} nodes, so it cannot become structure.
 */
final class AdfDocument {

    private AdfDocument() {
    }

    static ObjectNode render(ObjectMapper json, List<TextBlock> blocks) {
        ObjectNode doc = json.createObjectNode().put("version", 1).put("type", "doc");
        ArrayNode content = doc.putArray("content");
        for (TextBlock block : blocks) {
            if (block instanceof TextBlock.Verbatim verbatim) {
                content.addAll(verbatim(json, verbatim.part()));
            } else {
                content.add(render(json, block));
            }
        }
        return doc;
    }

    /** A person's own nodes, as they wrote them: the content of the document the part was read as. */
    private static ArrayNode verbatim(ObjectMapper json, IssueDescription part) {
        if (part.markup() != SourceMarkup.ADF) {
            throw new IllegalArgumentException("a description part in " + part.markup() + " cannot be written as ADF");
        }
        try {
            JsonNode content = json.readTree(part.body()).path("content");
            return content.isArray() ? (ArrayNode) content : json.createArrayNode();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("a description part is not an ADF document: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode render(ObjectMapper json, TextBlock block) {
        if (block instanceof TextBlock.Heading heading) {
            ObjectNode node = withText(json, "heading", heading.text());
            node.putObject("attrs").put("level", 3);
            return node;
        }
        if (block instanceof TextBlock.Paragraph paragraph) {
            return withText(json, "paragraph", paragraph.text());
        }
        if (block instanceof TextBlock.Bullets bullets) {
            return bulletList(json, bullets.items(), "");
        }
        return bulletList(json, ((TextBlock.Checklist) block).items(), WikiMarkup.BOX);
    }

    private static ObjectNode bulletList(ObjectMapper json, List<String> items, String marker) {
        ObjectNode list = json.createObjectNode().put("type", "bulletList");
        ArrayNode content = list.putArray("content");
        for (String item : items) {
            ObjectNode listItem = json.createObjectNode().put("type", "listItem");
            listItem.putArray("content").add(withText(json, "paragraph", marker + item));
            content.add(listItem);
        }
        return list;
    }

    /** A node holding one text node; ADF forbids empty text nodes, so empty text gives an empty node. */
    private static ObjectNode withText(ObjectMapper json, String type, String text) {
        ObjectNode node = json.createObjectNode().put("type", type);
        ArrayNode content = node.putArray("content");
        if (!text.isEmpty()) {
            content.addObject().put("type", "text").put("text", text);
        }
        return node;
    }
}
