package io.chaosday.storage;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a fragment of storage format as XML. Storage format has no root element and uses the
 * {@code ac:}, {@code ri:} and {@code at:} prefixes without declaring them, so the fragment is
 * wrapped in a root that declares them. The parser loads no DTD and resolves no external entity.
 */
public final class StorageXml {

    public static final String AC = "http://atlassian.com/content";
    public static final String RI = "http://atlassian.com/resource/identifier";
    public static final String AT = "http://atlassian.com/template";
    /** Some converters put XHTML elements in the XHTML namespace; we treat it as no namespace. */
    public static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static final String ROOT = "chaosday-storage";

    private StorageXml() {
    }

    /** The fragment as the children of a wrapper element. */
    public static Element parse(String storage) {
        String wrapped = "<" + ROOT + " xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\" xmlns:at=\"" + AT + "\">"
                + XhtmlEntities.toNumeric(storage) + "</" + ROOT + ">";
        try {
            Document document = secureBuilder().parse(new InputSource(new StringReader(wrapped)));
            return document.getDocumentElement();
        } catch (SAXException e) {
            throw new StorageFormatException("not well-formed storage format: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StorageFormatException("storage format could not be read: " + e.getMessage(), e);
        }
    }

    /** A parser that refuses DTDs outright, which also rules out entity expansion attacks. */
    public static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(QUIET);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature we rely on", e);
        }
    }

    /** The JDK's default handler prints "[Fatal Error]" to stderr before throwing; we only throw. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
