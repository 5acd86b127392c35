package io.chaosday.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.util.Map;
import java.util.jar.Attributes;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.w3c.dom.Element;

/**
 * The plugin's manifest says nothing about when it was built, so two builds of one commit write the
 * same manifest: the bundle version is the project's version, never a build time.
 */
@RunWith(Parameterized.class)
public class ReproducibleManifestIT {

    @Parameters(name = "{0}")
    public static List<Object[]> lines() {
        return PluginLine.all();
    }

    @Parameter
    public PluginLine line;

    /** A date written into a header: yyyyMMddHHmm and longer, as bnd's timestamp qualifier. */
    private static final Pattern BUILD_TIME = Pattern.compile("20\\d{2}[01]\\d[0-3]\\d[0-2]\\d[0-5]\\d");

    @Test
    public void theBundleVersionIsTheDescriptorsVersionWithoutABuildTime() throws Exception {
        try (JarFile jar = new JarFile(line.jar())) {
            String pluginVersion = descriptorVersion(jar);
            assertEquals(osgiVersion(pluginVersion), jar.getManifest().getMainAttributes().getValue("Bundle-Version"));
        }
    }

    @Test
    public void noHeaderCarriesABuildTime() throws Exception {
        try (JarFile jar = new JarFile(line.jar())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertNull("bnd's build time", main.getValue("Bnd-LastModified"));
            for (Map.Entry<Object, Object> header : main.entrySet()) {
                assertFalse(header.getKey() + ": " + header.getValue(), BUILD_TIME.matcher(header.getValue().toString()).find());
            }
        }
    }

    /** Maven's 1.2.0-SNAPSHOT as OSGi spells it, 1.2.0.SNAPSHOT; a release stays as it is. */
    static String osgiVersion(String mavenVersion) {
        return mavenVersion.replaceFirst("-SNAPSHOT$", ".SNAPSHOT");
    }

    private static String descriptorVersion(JarFile jar) throws Exception {
        Element info = (Element) PluginXml.parse(jar.getInputStream(jar.getEntry(PluginXml.DESCRIPTOR)))
                .getElementsByTagName("plugin-info").item(0);
        return info.getElementsByTagName("version").item(0).getTextContent().trim();
    }
}
