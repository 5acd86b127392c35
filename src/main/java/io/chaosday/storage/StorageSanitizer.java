package io.chaosday.storage;

import io.chaosday.link.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Re-writes storage format keeping only what we allow: a short list of macros, the usual XHTML
 * elements and attributes, and links to http(s) and mailto only. Even text that Confluence itself
 * converted can carry an {@code html} macro (a Jira description may hold one), and that macro
 * would run script on every reader's page, so nothing passes through unchecked.
 *
 * <p>The output is written by us, element by element, with {@link StorageEscaper}: it is always
 * well-formed, uses the canonical {@code ac:}/{@code ri:} prefixes and carries no CDATA section.
 */
public final class StorageSanitizer {

    /** Macros that only display Confluence or Jira content; none of them runs author-supplied code. */
    public static final Set<String> ALLOWED_MACROS = Set.of(
            "jira", "children", "info", "note", "warning", "code", "expand", "status", "anchor", "toc");

    /** Deeper nesting than this is not something Confluence writes; refusing it keeps recursion bounded. */
    private static final int MAX_DEPTH = 400;

    private StorageSanitizer() {
    }

    /** The checked storage format, and a line for each thing that was taken out. */
    public record Result(String storage, List<String> removed) {
        public Result {
            removed = List.copyOf(removed);
        }
    }

    public static Result sanitize(String storage) {
        Element root = StorageXml.parse(storage);
        Walk walk = new Walk();
        walk.children(root, 0);
        return new Result(walk.out.toString(), walk.removed);
    }

    private static final class Walk {
        private final StringBuilder out = new StringBuilder();
        private final List<String> removed = new ArrayList<>();

        void children(Node parent, int depth) {
            if (depth > MAX_DEPTH) {
                throw new StorageFormatException("storage format nested deeper than " + MAX_DEPTH + " levels", null);
            }
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                node(child, depth + 1);
            }
        }

        private void node(Node node, int depth) {
            switch (node.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(StorageEscaper.escapeText(node.getNodeValue()));
                case Node.ELEMENT_NODE -> element((Element) node, depth);
                // Comments and processing instructions carry nothing a reader sees.
                default -> {
                }
            }
        }

        private void element(Element element, int depth) {
            String ns = element.getNamespaceURI();
            String local = element.getLocalName();
            if (ns == null || StorageVocabulary.XHTML.equals(ns)) {
                html(element, local.toLowerCase(Locale.ROOT), depth);
            } else if (StorageXml.AC.equals(ns) && local.equals("structured-macro")) {
                macro(element, depth);
            } else if (StorageXml.AC.equals(ns) && StorageVocabulary.AC_ELEMENTS.contains(local)) {
                copy(element, "ac:" + local, depth);
            } else if (StorageXml.RI.equals(ns)) {
                copy(element, "ri:" + local, depth);
            } else {
                removed.add("element " + element.getNodeName());
            }
        }

        private void html(Element element, String name, int depth) {
            if (StorageVocabulary.HTML_ELEMENTS.contains(name)) {
                copy(element, name, depth);
            } else if (StorageVocabulary.HTML_DROPPED_WITH_CONTENT.contains(name)) {
                removed.add("element " + name);
            } else {
                // An unknown but harmless wrapper: keep what it says, lose the wrapper.
                removed.add("element " + name + " (content kept)");
                children(element, depth);
            }
        }

        private void macro(Element macro, int depth) {
            String name = macro.getAttributeNS(StorageXml.AC, "name").strip().toLowerCase(Locale.ROOT);
            if (ALLOWED_MACROS.contains(name)) {
                copy(macro, "ac:structured-macro", depth);
                return;
            }
            removed.add("macro " + (name.isEmpty() ? "(unnamed)" : name));
            // Keep the words, never the behaviour: a rich body is checked like any other content,
            // a plain body (the code an html macro would run) is shown as text.
            for (Node child = macro.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element body && StorageXml.AC.equals(body.getNamespaceURI())) {
                    if (body.getLocalName().equals("rich-text-body")) {
                        children(body, depth + 1);
                    } else if (body.getLocalName().equals("plain-text-body") && !body.getTextContent().isBlank()) {
                        out.append("<pre>").append(StorageEscaper.escapeText(body.getTextContent())).append("</pre>");
                    }
                }
            }
        }

        private void copy(Element element, String name, int depth) {
            out.append('<').append(name);
            attributes(element);
            if (!element.hasChildNodes() && !StorageVocabulary.HTML_NEVER_EMPTY.contains(name)) {
                out.append("/>");
                return;
            }
            out.append('>');
            children(element, depth);
            out.append("</").append(name).append('>');
        }

        private void attributes(Element element) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attr = (Attr) attributes.item(i);
                String ns = attr.getNamespaceURI();
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
                    continue;
                }
                String name = attributeName(ns, attr.getLocalName() == null ? attr.getName() : attr.getLocalName());
                if (name == null) {
                    removed.add("attribute " + attr.getName());
                } else if (StorageVocabulary.URL_ATTRIBUTES.contains(name) && !Urls.isSafe(attr.getValue())) {
                    removed.add("link " + name + " with a scheme other than http, https or mailto");
                } else {
                    out.append(' ').append(name).append("=\"").append(StorageEscaper.escape(attr.getValue())).append('"');
                }
            }
        }

        /** The name to write, or null when the attribute is not one we keep. */
        private static String attributeName(String ns, String local) {
            if (StorageXml.AC.equals(ns)) {
                return "ac:" + local;
            }
            if (StorageXml.RI.equals(ns)) {
                return "ri:" + local;
            }
            if (ns == null) {
                String name = local.toLowerCase(Locale.ROOT);
                return StorageVocabulary.HTML_ATTRIBUTES.contains(name) || name.startsWith("data-") ? name : null;
            }
            return null;
        }
    }
}
