package io.chaosday.pages.preview;

import io.chaosday.storage.StorageXml;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading the parts of a Confluence macro or link out of the parsed storage format. */
final class Macros {

    private Macros() {
    }

    static Optional<String> parameter(Element macro, String name) {
        for (Node n = macro.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element p && isAc(p, "parameter") && name.equals(p.getAttributeNS(StorageXml.AC, "name"))) {
                return Optional.of(p.getTextContent().strip());
            }
        }
        return Optional.empty();
    }

    static Optional<Element> richBody(Element macro) {
        return child(macro, "rich-text-body");
    }

    static String plainBody(Element macro) {
        return child(macro, "plain-text-body").map(Node::getTextContent).orElse("");
    }

    static Optional<Element> child(Element parent, String acName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isAc(e, acName)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** What a reader sees for a link: its own text, else the page, file or space it points at. */
    static String linkText(Element link) {
        Optional<String> body = child(link, "plain-text-link-body").or(() -> child(link, "link-body"))
                .map(Node::getTextContent).map(String::strip).filter(s -> !s.isEmpty());
        if (body.isPresent()) {
            return body.get();
        }
        for (Node n = link.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element target && StorageXml.RI.equals(target.getNamespaceURI())) {
                for (String attribute : new String[] {"content-title", "filename", "space-key", "value"}) {
                    String value = target.getAttributeNS(StorageXml.RI, attribute);
                    if (!value.isBlank()) {
                        return value;
                    }
                }
            }
        }
        return "link";
    }

    private static boolean isAc(Element e, String local) {
        return StorageXml.AC.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
    }
}
