package io.chaosday.packaging;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.jar.JarFile;
import org.junit.Test;

/** Opens the built plugin jar: the descriptor sits at its root with the real plugin key. */
public class PluginJarIT {

    @Test
    public void descriptorIsAtTheJarRootWithThePluginKey() throws Exception {
        try (JarFile jar = new JarFile(System.getProperty("chaosday.plugin.jar"))) {
            var entry = jar.getJarEntry("atlassian-plugin.xml");
            assertNotNull("atlassian-plugin.xml at the jar root", entry);
            String descriptor = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(descriptor, descriptor.contains("key=\"io.chaosday.chaos-day-jira\""));
            assertTrue("no unfiltered Maven property left", !descriptor.contains("${"));
        }
    }
}
