package io.chaosday.packaging;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The classes the plugin's XML names: {@code class} and {@code interface} attributes in a built jar's descriptor and Spring contexts. */
final class PluginXml {

    static final String DESCRIPTOR = "atlassian-plugin.xml";
    static final String SPRING_CONTEXT = "META-INF/spring/plugin-context.xml";

    private PluginXml() {
    }

    static Set<String> classNames(String pluginJar) throws Exception {
        Set<String> names = new TreeSet<>();
        try (JarFile jar = new JarFile(pluginJar)) {
            for (String entry : new String[] {DESCRIPTOR, SPRING_CONTEXT}) {
                try (InputStream in = jar.getInputStream(jar.getJarEntry(entry))) {
                    collect(parse(in).getDocumentElement(), names);
                }
            }
        }
        return names;
    }

    static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(in);
    }

    private static void collect(Element element, Set<String> names) {
        for (String attribute : new String[] {"class", "interface"}) {
            if (element.hasAttribute(attribute)) {
                names.add(element.getAttribute(attribute));
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, names);
            }
        }
    }
}
