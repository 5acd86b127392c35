package io.chaosday.pages.preview;

import io.chaosday.link.Urls;
import io.chaosday.storage.StorageEscaper;
import io.chaosday.storage.StorageXml;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Draws parsed storage format as plain HTML. Only elements on our list are written, with only the
 * attributes we pick; Confluence's macros and links become look-alike spans and boxes.
 */
final class StorageToHtml {

    /** HTML elements written as they are, and a few older ones written as their modern twin. */
    private static final Set<String> KEPT = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
            "ul", "ol", "li", "strong", "em", "code", "pre", "br", "span", "div");
    private static final Map<String, String> RENAMED = Map.of("b", "strong", "i", "em", "tfoot", "tbody");
    private static final Set<String> VOID = Set.of("br");
    /** Elements whose content is not text for a reader; everything else unknown keeps its text. */
    private static final Set<String> DROPPED = Set.of(
            "script", "style", "template", "head", "title", "noscript", "iframe", "object", "embed", "svg", "math");
    private static final Set<String> PANELS = Set.of("info", "note", "warning", "tip");

    private final StringBuilder out = new StringBuilder();

    String convert(Element root) {
        children(root);
        return out.toString();
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text(child.getNodeValue());
                case Node.ELEMENT_NODE -> element((Element) child);
                default -> {
                }
            }
        }
    }

    private void element(Element e) {
        String ns = e.getNamespaceURI();
        String local = e.getLocalName();
        if (ns == null || StorageXml.XHTML.equals(ns)) {
            html(e, local.toLowerCase(Locale.ROOT));
        } else if (StorageXml.AC.equals(ns)) {
            confluence(e, local);
        }
        // ri: identifiers only mean something inside a link, and at: is template machinery.
    }

    private void html(Element e, String name) {
        String tag = RENAMED.getOrDefault(name, name);
        if (name.equals("a")) {
            link(e);
        } else if (KEPT.contains(tag)) {
            open(tag, cellSpan(e, tag));
            if (!VOID.contains(tag)) {
                children(e);
                close(tag);
            }
        } else if (!DROPPED.contains(name)) {
            children(e);
        }
    }

    private void link(Element a) {
        String href = a.getAttribute("href");
        if (Urls.isWeb(href)) {
            out.append("<a href=\"").append(StorageEscaper.escape(href.strip())).append("\" rel=\"noopener noreferrer\">");
            children(a);
            out.append("</a>");
        } else {
            open("span", " class=\"page-link\"");
            children(a);
            close("span");
        }
    }

    private void confluence(Element e, String local) {
        switch (local) {
            case "structured-macro" -> macro(e);
            case "link" -> pageLink(e);
            case "image" -> note("span", "(image)");
            case "task-list" -> {
                open("ul", "");
                children(e);
                close("ul");
            }
            case "task" -> task(e);
            case "rich-text-body", "layout", "layout-section", "layout-cell", "inline-comment-marker" -> children(e);
            default -> {
                // Parameters, plain bodies and the like are read by their macro, not shown on their own.
            }
        }
    }

    private void macro(Element macro) {
        String name = macro.getAttributeNS(StorageXml.AC, "name").strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "jira" -> jira(macro);
            case "children" -> note("p", "(child pages appear here)");
            case "toc" -> note("p", "(table of contents)");
            case "anchor" -> {
            }
            case "code" -> {
                out.append("<pre><code>");
                text(Macros.plainBody(macro));
                out.append("</code></pre>");
            }
            case "details" -> {
                open("div", " class=\"details\"");
                Macros.richBody(macro).ifPresent(this::children);
                close("div");
            }
            case "detailssummary" -> note("p", "(Page Properties Report: the pages where "
                    + Macros.parameter(macro, "cql").orElse("the labels match") + ")");
            case "status" -> {
                String colour = Macros.parameter(macro, "colour").orElse("Grey").toLowerCase(Locale.ROOT);
                open("span", " class=\"status status-" + (colour.matches("[a-z]{1,10}") ? colour : "grey") + "\"");
                text(Macros.parameter(macro, "title").orElse("status"));
                close("span");
            }
            case "expand" -> {
                open("div", " class=\"expand\"");
                open("p", " class=\"expand-title\"");
                text("\u25B8 " + Macros.parameter(macro, "title").orElse("Click here to expand..."));
                close("p");
                Macros.richBody(macro).ifPresent(this::children);
                close("div");
            }
            default -> {
                if (PANELS.contains(name)) {
                    open("div", " class=\"panel panel-" + name + "\"");
                    Macros.richBody(macro).ifPresent(this::children);
                    close("div");
                } else {
                    note("span", "(" + (name.isEmpty() ? "unnamed" : name) + " macro)");
                }
            }
        }
    }

    private void jira(Element macro) {
        open("span", " class=\"jira-badge\"");
        text(Macros.parameter(macro, "key")
                .or(() -> Macros.parameter(macro, "jqlQuery").map(jql -> "Jira issues: " + jql))
                .orElse("Jira issues"));
        close("span");
    }

    private void pageLink(Element link) {
        open("span", " class=\"page-link\"");
        text(Macros.linkText(link));
        close("span");
    }

    private void task(Element task) {
        open("li", "");
        text(Macros.child(task, "task-status").map(s -> s.getTextContent().strip()).orElse("")
                .equals("complete") ? "\u2611 " : "\u2610 ");
        Macros.child(task, "task-body").ifPresent(this::children);
        close("li");
    }

    /** Only numeric spans, only on cells: nothing else of the source's attributes is copied. */
    private static String cellSpan(Element e, String tag) {
        if (!tag.equals("td") && !tag.equals("th")) {
            return "";
        }
        StringBuilder attrs = new StringBuilder();
        for (String name : new String[] {"colspan", "rowspan"}) {
            String value = e.getAttribute(name).strip();
            if (value.matches("[1-9][0-9]?")) {
                attrs.append(' ').append(name).append("=\"").append(value).append('"');
            }
        }
        return attrs.toString();
    }

    private void note(String tag, String text) {
        open(tag, " class=\"macro-note\"");
        text(text);
        close(tag);
    }

    private void open(String tag, String attributes) {
        out.append('<').append(tag).append(attributes).append('>');
    }

    private void close(String tag) {
        out.append("</").append(tag).append('>');
    }

    private void text(String text) {
        out.append(StorageEscaper.escapeText(text));
    }
}
