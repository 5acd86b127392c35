package io.chaosday.review;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads rendered storage format the way a strict consumer would, independently of the code under
 * test: wrapped in a root declaring {@code ac} and {@code ri}, with a parser that takes no DTD and
 * resolves no external entity.
 */
public final class StorageDom {

    public static final String AC = "http://atlassian.com/content";

    private StorageDom() {
    }

    /** The document; fails the test (by throwing) when the storage is not well-formed. */
    public static Document parse(String storage) {
        String wrapped = "<root xmlns:ac=\"" + AC + "\" xmlns:ri=\"http://atlassian.com/resource/identifier\">"
                + storage + "</root>";
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            Document document = builder.parse(new InputSource(new StringReader(wrapped)));
            document.normalizeDocument();
            return document;
        } catch (Exception e) {
            throw new AssertionError("storage format does not parse as XML: " + e.getMessage(), e);
        }
    }

    /** Every element name, plus "macro:NAME" for each structured macro: the page's markup vocabulary. */
    public static SortedSet<String> vocabulary(Document document) {
        SortedSet<String> names = new TreeSet<>();
        NodeList all = document.getDocumentElement().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            names.add(e.getNodeName());
            if (AC.equals(e.getNamespaceURI()) && e.getLocalName().equals("structured-macro")) {
                names.add("macro:" + e.getAttributeNS(AC, "name"));
            }
        }
        return names;
    }

    /** Every text node's value and every attribute's value. */
    public static List<String> texts(Document document) {
        List<String> texts = new ArrayList<>();
        collect(document.getDocumentElement(), texts);
        return texts;
    }

    public static List<String> macroNames(Document document) {
        List<String> names = new ArrayList<>();
        NodeList macros = document.getElementsByTagNameNS(AC, "structured-macro");
        for (int i = 0; i < macros.getLength(); i++) {
            names.add(((Element) macros.item(i)).getAttributeNS(AC, "name"));
        }
        return names;
    }

    private static void collect(Node node, List<String> texts) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            texts.add(node.getNodeValue());
        }
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                texts.add(attributes.item(i).getNodeValue());
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, texts);
        }
    }
}
