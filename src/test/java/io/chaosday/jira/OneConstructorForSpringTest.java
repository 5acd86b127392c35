package io.chaosday.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Spring autowires by constructor and, when a class has several, picks among them by rules of its
 * own (public first, then the most arguments it can satisfy, private ones included). Every class of
 * ours that Spring or Jira's plugin framework builds therefore has exactly one constructor: the one
 * the descriptor test checks against the context is then the one Jira calls.
 */
public class OneConstructorForSpringTest {

    @Test
    public void everyClassOfOursTheXmlNamesHasExactlyOneConstructor() throws Exception {
        Set<String> named = new TreeSet<>();
        for (String xml : List.of("/atlassian-plugin.xml", "/META-INF/spring/plugin-context.xml")) {
            try (InputStream in = getClass().getResourceAsStream(xml)) {
                NodeList all = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("*");
                for (int i = 0; i < all.getLength(); i++) {
                    String type = ((Element) all.item(i)).getAttribute("class");
                    if (type.startsWith("io.chaosday.")) {
                        named.add(type);
                    }
                }
            }
        }
        assertTrue(named.toString(), named.contains("io.chaosday.jira.link.ConfluenceConnections") && named.size() >= 8);
        List<String> ambiguous = new ArrayList<>();
        for (String name : named) {
            Class<?> type = Class.forName(name);
            if (type.getDeclaredConstructors().length != 1) {
                ambiguous.add(name + " " + Arrays.toString(type.getDeclaredConstructors()));
            }
        }
        assertEquals("classes Spring would have to choose a constructor for", List.of(), ambiguous);
    }
}
