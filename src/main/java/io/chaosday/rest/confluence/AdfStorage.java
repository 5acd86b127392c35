package io.chaosday.rest.confluence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.storage.StorageEscaper;
import io.chaosday.tracker.TrackerException;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Turns Atlassian Document Format (Jira Cloud's descriptions, JSON) into Confluence storage format
 * here, instead of asking Confluence: its synchronous {@code contentbody/convert} is deprecated for
 * ADF. Covers what Jira Cloud's editor writes: paragraphs, headings, lists, code blocks, quotes,
 * panels, rules, tables, hard breaks, text with its marks and links; mentions, emoji, dates and
 * statuses become their text. Any other node keeps its words and loses its shape.
 *
 * <p>Every text and attribute value is escaped, and every link is written as a plain {@code href}
 * for the storage sanitizer to check; the result still goes through that sanitizer like any
 * converted text, so this class is not the only gate.
 */
final class AdfStorage {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Deeper than any document Jira writes; keeps the recursion bounded on hostile input. */
    private static final int MAX_DEPTH = 200;

    /** ADF panel types and the display-only macro closest to each (all allowed by the sanitizer). */
    private static final Map<String, String> PANELS = Map.of(
            "info", "info", "note", "note", "warning", "warning", "error", "warning", "success", "info");

    private AdfStorage() {
    }

    static String toStorage(String adf) {
        JsonNode doc;
        try {
            doc = JSON.readTree(adf);
        } catch (JsonProcessingException e) {
            throw notAdf("it is not JSON");
        }
        if (doc == null || !doc.isObject() || !"doc".equals(doc.path("type").asText())) {
            throw notAdf("it has no \"doc\" node at the top");
        }
        StringBuilder out = new StringBuilder();
        children(doc, out, 0);
        return out.toString();
    }

    private static void children(JsonNode node, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            throw notAdf("it is nested deeper than " + MAX_DEPTH + " levels");
        }
        for (JsonNode child : node.path("content")) {
            node(child, out, depth + 1);
        }
    }

    private static void node(JsonNode node, StringBuilder out, int depth) {
        JsonNode attrs = node.path("attrs");
        switch (node.path("type").asText()) {
            case "paragraph" -> wrap("p", node, out, depth);
            case "heading" -> wrap("h" + Math.max(1, Math.min(6, attrs.path("level").asInt(1))), node, out, depth);
            case "bulletList" -> wrap("ul", node, out, depth);
            case "orderedList" -> {
                int start = attrs.path("order").asInt(1);
                out.append(start > 1 ? "<ol start=\"" + start + "\">" : "<ol>");
                children(node, out, depth);
                out.append("</ol>");
            }
            case "listItem" -> wrap("li", node, out, depth);
            case "blockquote" -> wrap("blockquote", node, out, depth);
            case "table" -> {
                out.append("<table><tbody>");
                children(node, out, depth);
                out.append("</tbody></table>");
            }
            case "tableRow" -> wrap("tr", node, out, depth);
            case "tableHeader" -> wrap("th", node, out, depth);
            case "tableCell" -> wrap("td", node, out, depth);
            case "codeBlock" -> codeBlock(node, out);
            case "panel" -> {
                String macro = PANELS.getOrDefault(attrs.path("panelType").asText("info"), "info");
                out.append("<ac:structured-macro ac:name=\"").append(macro).append("\"><ac:rich-text-body>");
                children(node, out, depth);
                out.append("</ac:rich-text-body></ac:structured-macro>");
            }
            case "rule" -> out.append("<hr/>");
            case "hardBreak" -> out.append("<br/>");
            case "text" -> text(node, out);
            case "mention" -> out.append(StorageEscaper.escapeText(attrs.path("text").asText("")));
            case "emoji" -> out.append(StorageEscaper.escapeText(attrs.path("text").asText(attrs.path("shortName").asText(""))));
            case "status" -> out.append(StorageEscaper.escapeText(attrs.path("text").asText("")));
            case "date" -> out.append(StorageEscaper.escapeText(date(attrs.path("timestamp").asText(""))));
            case "inlineCard", "blockCard", "embedCard" -> {
                String url = attrs.path("url").asText("");
                if (!url.isEmpty()) {
                    out.append("<a href=\"").append(escape(url)).append("\">").append(escape(url)).append("</a>");
                }
            }
            // Anything else (media, extensions, nodes newer than this class): keep the words only.
            default -> children(node, out, depth);
        }
    }

    private static void wrap(String element, JsonNode node, StringBuilder out, int depth) {
        out.append('<').append(element).append('>');
        children(node, out, depth);
        out.append("</").append(element).append('>');
    }

    /** Confluence's own code macro, the body as CDATA so the code stays exactly as typed. */
    private static void codeBlock(JsonNode node, StringBuilder out) {
        StringBuilder code = new StringBuilder();
        for (JsonNode child : node.path("content")) {
            code.append(child.path("text").asText(""));
        }
        out.append("<ac:structured-macro ac:name=\"code\">");
        String language = node.path("attrs").path("language").asText("");
        if (!language.isEmpty()) {
            out.append("<ac:parameter ac:name=\"language\">").append(escape(language.toLowerCase(Locale.ROOT)))
                    .append("</ac:parameter>");
        }
        // "]]>" would end the section early: split it across two sections.
        String body = StorageEscaper.stripIllegal(code.toString()).replace("]]>", "]]]]><![CDATA[>");
        out.append("<ac:plain-text-body><![CDATA[").append(body).append("]]></ac:plain-text-body></ac:structured-macro>");
    }

    /** A text node inside its marks, outermost first; unknown marks (colour, annotations) leave the text plain. */
    private static void text(JsonNode node, StringBuilder out) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (JsonNode mark : node.path("marks")) {
            String tag = switch (mark.path("type").asText()) {
                case "strong" -> "strong";
                case "em" -> "em";
                case "underline" -> "u";
                case "strike" -> "s";
                case "code" -> "code";
                case "subsup" -> "sup".equals(mark.path("attrs").path("type").asText()) ? "sup" : "sub";
                case "link" -> "a";
                default -> null;
            };
            if (tag == null) {
                continue;
            }
            if (tag.equals("a")) {
                open.append("<a href=\"").append(escape(mark.path("attrs").path("href").asText(""))).append("\">");
            } else {
                open.append('<').append(tag).append('>');
            }
            close.insert(0, "</" + tag + ">");
        }
        out.append(open).append(StorageEscaper.escapeText(node.path("text").asText(""))).append(close);
    }

    private static String date(String millis) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis)).atZone(ZoneOffset.UTC).toLocalDate().toString();
        } catch (NumberFormatException e) {
            return millis;
        }
    }

    /** For attribute values and short one-line texts. */
    private static String escape(String text) {
        return StorageEscaper.escape(text);
    }

    private static TrackerException notAdf(String why) {
        return new TrackerException(TrackerException.Kind.UNSUPPORTED,
                "a Jira Cloud description could not be read as Atlassian Document Format: " + why);
    }
}
