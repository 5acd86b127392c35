package io.chaosday.packaging;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.util.List;
import java.util.jar.JarFile;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The built jar carries what the Chaos Day page's modules name: its web resources, templates and allowlisted classes. */
@RunWith(Parameterized.class)
public class PluginPageModulesIT {

    @Parameters(name = "{0}")
    public static List<Object[]> lines() {
        return PluginLine.all();
    }

    @Parameter
    public PluginLine line;

    private static Document descriptor(JarFile jar) throws Exception {
        try (InputStream in = jar.getInputStream(jar.getJarEntry(PluginXml.DESCRIPTOR))) {
            return PluginXml.parse(in);
        }
    }

    @Test
    public void everyDownloadableResourceTheDescriptorNamesIsInTheJar() throws Exception {
        try (JarFile jar = new JarFile(line.jar())) {
            NodeList resources = descriptor(jar).getElementsByTagName("resource");
            int checked = 0;
            for (int i = 0; i < resources.getLength(); i++) {
                Element resource = (Element) resources.item(i);
                if (resource.getAttribute("type").equals("download") && !resource.getAttribute("name").endsWith("/")) {
                    assertNotNull("no " + resource.getAttribute("location") + " in the jar", jar.getJarEntry(resource.getAttribute("location")));
                    checked++;
                }
            }
            assertTrue("the page's script and stylesheet at least", checked >= 2);
        }
    }

    @Test
    public void theAllowlistedViewClassesAndThePageTemplateAreInTheJar() throws Exception {
        try (JarFile jar = new JarFile(line.jar())) {
            NodeList methods = descriptor(jar).getElementsByTagName("method");
            assertTrue(methods.getLength() > 20);
            for (int i = 0; i < methods.getLength(); i++) {
                String className = methods.item(i).getTextContent().strip().replaceAll("#.*", "");
                assertNotNull(className + " is allowlisted but not in the jar", jar.getJarEntry(className.replace('.', '/') + ".class"));
            }
            assertNotNull(jar.getJarEntry("templates/jira/chaos-day-page.vm"));
        }
    }
}
