package io.chaosday.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import javax.imageio.ImageIO;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens each built plugin jar: a transformerless P2 bundle holding our classes and libraries, and
 * nothing of Atlassian's, that names only its own Jira line's namespace (javax on 10.3, jakarta on 11.3).
 */
@RunWith(Parameterized.class)
public class PluginJarIT {

    @Parameters(name = "{0}")
    public static List<Object[]> lines() {
        return PluginLine.all();
    }

    @Parameter
    public PluginLine line;

    private static final String KEY = "io.chaosday.chaos-day-jira";

    private JarFile jar;
    private Attributes manifest;

    @Before
    public void openTheJar() throws Exception {
        jar = new JarFile(line.jar());
        manifest = jar.getManifest().getMainAttributes();
    }

    @After
    public void closeTheJar() throws Exception {
        jar.close();
    }

    @Test
    public void descriptorIsAtTheJarRootWithThePluginKey() throws Exception {
        String descriptor = text(PluginXml.DESCRIPTOR);
        assertTrue(descriptor, descriptor.contains("key=\"" + KEY + "\""));
        assertFalse("no unfiltered Maven property left", descriptor.contains("${"));
    }

    @Test
    public void manifestMakesItATransformerlessPluginWithTheDescriptorKey() {
        assertEquals(KEY, manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals(KEY, manifest.getValue("Bundle-SymbolicName"));
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertTrue(manifest.getValue("Bundle-Version"), manifest.getValue("Bundle-Version").startsWith("0.1.0"));
        assertEquals("*", manifest.getValue("Spring-Context"));
        assertEquals("exports nothing", null, manifest.getValue("Export-Package"));
    }

    @Test
    public void holdsNoAtlassianOrJavaxClassAndImportsNoJavaPackage() {
        List<String> foreign = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.startsWith("com/atlassian/") || name.startsWith("javax/") || name.startsWith("jakarta/")) {
                foreign.add(name);
            }
        }
        assertEquals("classes the host provides are not packaged", List.of(), foreign);
        List<String> imports = ManifestHeader.names(manifest.getValue("Import-Package"));
        assertEquals("java.* is never imported", List.of(), imports.stream().filter(p -> p.startsWith("java.")).toList());
    }

    @Test
    public void importsTheJavaEePackagesOfItsOwnNamespaceOnlyWithVersionRanges() {
        String header = manifest.getValue("Import-Package");
        List<String> imports = ManifestHeader.names(header);
        for (String moved : PluginLine.MOVED) {
            String foreign = line.foreignNamespace + "." + moved;
            assertEquals("no " + foreign + " import", List.of(),
                    imports.stream().filter(p -> p.equals(foreign) || p.startsWith(foreign + ".")).toList());
        }
        assertEquals("no " + line.foreignNamespace + ".* at all from Jakarta EE", List.of(),
                imports.stream().filter(p -> line == PluginLine.JIRA_10 && p.startsWith("jakarta.")).toList());
        for (String used : List.of("servlet.http", "ws.rs", "ws.rs.core", "inject")) {
            String own = line.namespace + "." + used;
            assertTrue(own + " is imported: " + imports, imports.contains(own));
            assertTrue(own + " carries a version range", header.matches("(?s).*\\b" + own.replace(".", "\\.") + ";version=\"\\[[^\"]+\\)\".*"));
        }
    }

    @Test
    public void ourClassesAndXmlNameNoClassOfTheOtherNamespace() throws Exception {
        List<String> naming = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            boolean ours = name.startsWith("io/chaosday/") || name.equals(PluginXml.DESCRIPTOR) || name.startsWith("META-INF/spring/")
                    || name.endsWith(".vm");
            if (ours && !entry.isDirectory()) {
                String text = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                for (String moved : PluginLine.MOVED) {
                    String foreign = line.foreignNamespace + "/" + moved.replace('.', '/');
                    if (text.contains(foreign + "/") || text.contains(foreign.replace('/', '.') + ".")) {
                        naming.add(name + " names " + foreign);
                    }
                }
            }
        }
        assertEquals(List.of(), naming);
    }

    /** No SLF4J of its own anywhere, embedded libraries included: a binding there would silence Jira's log. */
    @Test
    public void carriesNoSlf4jClassOrBindingEvenInsideItsLibraries() throws Exception {
        List<String> found = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            if (isSlf4j(entry.getName())) {
                found.add(entry.getName());
            } else if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")) {
                try (JarInputStream embedded = new JarInputStream(jar.getInputStream(entry))) {
                    for (JarEntry inner; (inner = embedded.getNextJarEntry()) != null; ) {
                        if (isSlf4j(inner.getName())) {
                            found.add(entry.getName() + "!" + inner.getName());
                        }
                    }
                }
            }
        }
        assertEquals("SLF4J is Jira's alone", List.of(), found);
    }

    private static boolean isSlf4j(String name) {
        return name.startsWith("org/slf4j/") || name.equals("META-INF/services/org.slf4j.spi.SLF4JServiceProvider")
                || name.matches("lib/(slf4j|logback|log4j)[^/]*\\.jar");
    }

    @Test
    public void everyClassFileRunsOnJava21() throws Exception {
        List<String> tooNew = new ArrayList<>();
        int checked = 0;
        for (JarEntry entry : Collections.list(jar.entries())) {
            if (entry.getName().endsWith(".class")) {
                checked += check(entry.getName(), jar.getInputStream(entry).readAllBytes(), tooNew);
            } else if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")) {
                try (JarInputStream embedded = new JarInputStream(jar.getInputStream(entry))) {
                    for (JarEntry inner; (inner = embedded.getNextJarEntry()) != null; ) {
                        // A multi-release jar's classes for a later Java are loaded only on that Java.
                        if (inner.getName().endsWith(".class") && !inner.getName().matches("META-INF/versions/(2[2-9]|[3-9]\\d)/.*")) {
                            checked += check(entry.getName() + "!" + inner.getName(), embedded.readAllBytes(), tooNew);
                        }
                    }
                }
            }
        }
        assertTrue("classes were read: " + checked, checked > 500);
        assertEquals("class files newer than Java 21 (major 65)", List.of(), tooNew);
    }

    private static int check(String name, byte[] bytes, List<String> tooNew) {
        int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
        if (major > 65) {
            tooNew.add(name + " " + major);
        }
        return 1;
    }

    @Test
    public void importsThePackageOfEveryHostServiceTheSpringContextReferences() throws Exception {
        List<String> imports = ManifestHeader.names(manifest.getValue("Import-Package"));
        Document context = PluginXml.parse(stream(PluginXml.SPRING_CONTEXT));
        Element root = context.getDocumentElement();
        assertEquals("constructor", root.getAttribute("default-autowire"));
        NodeList references = context.getElementsByTagNameNS("http://www.eclipse.org/gemini/blueprint/schema/blueprint", "reference");
        assertTrue("the context references Jira's services", references.getLength() > 0);
        for (int i = 0; i < references.getLength(); i++) {
            String type = ((Element) references.item(i)).getAttribute("interface");
            String pkg = type.substring(0, type.lastIndexOf('.'));
            assertTrue(type + ": " + pkg + " is imported", imports.contains(pkg));
        }
    }

    @Test
    public void carriesNoCommandLineAndLogsThroughJirasSlf4j() {
        List<String> commandLine = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.startsWith("io/chaosday/cli/") || name.matches("lib/(picocli|slf4j-[a-z]+)\\.jar")) {
                commandLine.add(name);
            }
        }
        assertEquals("the command line and a logging binding of its own are not packaged", List.of(), commandLine);
        List<String> imports = ManifestHeader.names(manifest.getValue("Import-Package"));
        assertTrue("SLF4J is Jira's: " + imports, imports.contains("org.slf4j"));
        assertFalse(imports.stream().anyMatch(p -> p.startsWith("picocli") || p.startsWith("io.chaosday.")));
    }

    @Test
    public void embedsOurLibrariesOnItsOwnClassPath() {
        List<String> classPath = ManifestHeader.names(manifest.getValue("Bundle-ClassPath"));
        assertEquals(".", classPath.get(0));
        for (String library : List.of("lib/snakeyaml.jar", "lib/velocity-engine-core.jar")) {
            assertTrue(library + " on " + classPath, classPath.contains(library));
        }
        for (String entry : classPath.subList(1, classPath.size())) {
            assertNotNull(entry + " is in the jar", jar.getJarEntry(entry));
        }
        List<String> imports = ManifestHeader.names(manifest.getValue("Import-Package"));
        for (String embedded : List.of("org.yaml.snakeyaml", "org.apache.velocity")) {
            assertFalse(embedded + " is not imported", imports.contains(embedded));
        }
    }

    @Test
    public void importsJiraSoftwaresBoardApiOnlyOptionally() {
        String header = manifest.getValue("Import-Package").replace(" ", "");
        assertTrue(header, header.contains("com.atlassian.greenhopper.api.rapid.view;resolution:=optional"));
    }

    @Test
    public void takesJacksonFromJiraInsteadOfEmbeddingIt() {
        List<String> classPath = ManifestHeader.names(manifest.getValue("Bundle-ClassPath"));
        assertFalse("Jackson is Jira's: " + classPath, classPath.stream().anyMatch(entry -> entry.contains("jackson")));
        List<String> imports = ManifestHeader.names(manifest.getValue("Import-Package"));
        assertTrue("Jackson is imported: " + imports, imports.contains("com.fasterxml.jackson.databind"));
    }

    /** Under 3.5 MB: what Jira exports is imported, not carried (docs/plugin.md says what is carried). */
    @Test
    public void theJarIsUnderThreeAndAHalfMegabytes() throws Exception {
        long size = java.nio.file.Files.size(java.nio.file.Path.of(line.jar()));
        assertTrue("the plugin jar is " + size + " bytes", size < 3_500_000L);
    }

    @Test
    public void pluginIconAndLogoAreRealImagesInTheJar() throws Exception {
        Document descriptor = PluginXml.parse(stream(PluginXml.DESCRIPTOR));
        NodeList params = descriptor.getElementsByTagName("param");
        int images = 0;
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if (param.getAttribute("name").matches("(plugin|vendor)-(icon|logo)")) {
                BufferedImage image = ImageIO.read(stream(param.getTextContent().strip()));
                assertNotNull(param.getTextContent() + " is an image", image);
                assertTrue(image.getWidth() >= 16);
                images++;
            }
        }
        assertEquals("plugin and vendor, icon and logo", 4, images);
    }

    @Test
    public void theI18nResourceIsInTheJar() throws Exception {
        Document descriptor = PluginXml.parse(stream(PluginXml.DESCRIPTOR));
        NodeList resources = descriptor.getElementsByTagName("resource");
        boolean found = false;
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (resource.getAttribute("type").equals("i18n")) {
                assertNotNull(jar.getJarEntry(resource.getAttribute("location") + ".properties"));
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    public void theCommandLineJarCarriesNoPluginParts() throws Exception {
        try (JarFile cli = new JarFile(System.getProperty("chaosday.cli.jar"))) {
            for (String part : List.of(PluginXml.DESCRIPTOR, PluginXml.SPRING_CONTEXT, "lib/jackson-databind.jar")) {
                assertEquals(part, null, cli.getJarEntry(part));
            }
            assertEquals(null, cli.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"));
            assertEquals("io.chaosday.cli.Main", cli.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    @Test
    public void theDescriptorPutsTheChaosDayPageInTheProjectSidebarBehindItsCondition() throws Exception {
        Document descriptor = PluginXml.parse(stream(PluginXml.DESCRIPTOR));
        Element item = module(descriptor, "web-item", "chaos-day-sidebar-item");
        assertEquals("jira.project.sidebar.plugins.navigation", item.getAttribute("section"));
        String completeKey = KEY + ":chaos-day-sidebar-item";
        String link = item.getElementsByTagName("link").item(0).getTextContent().strip();
        assertEquals("/projects/$pathEncodedProjectKey?selectedItem=" + completeKey, link);
        assertEquals("io.chaosday.jira.page.HoldsAChaosDay", ((Element) item.getElementsByTagName("condition").item(0)).getAttribute("class"));

        Element panel = module(descriptor, "web-panel", "chaos-day-page-panel");
        assertEquals("the panel shows where the item's selectedItem points", completeKey, panel.getAttribute("location"));
        assertEquals("io.chaosday.jira.page.ChaosDayPageContext",
                ((Element) panel.getElementsByTagName("context-provider").item(0)).getAttribute("class"));
        String view = ((Element) panel.getElementsByTagName("resource").item(0)).getAttribute("location");
        assertNotNull(view + " in the jar", jar.getJarEntry(view));
    }

    @Test
    public void theDescriptorCarriesTheRestModuleWebResourcesAllowlistsAndTheSettingsPage() throws Exception {
        Document descriptor = PluginXml.parse(stream(PluginXml.DESCRIPTOR));
        assertEquals(1, descriptor.getElementsByTagName("rest-v2").getLength());
        Element rest = module(descriptor, "rest", "chaosday-rest");
        assertEquals("/chaosday", rest.getAttribute("path"));
        assertEquals("io.chaosday.jira.rest", rest.getElementsByTagName("package").item(0).getTextContent().strip());
        assertNotNull("the resource class is in the jar", jar.getJarEntry("io/chaosday/jira/rest/ChaosDayResource.class"));
        Element resources = module(descriptor, "web-resource", "chaos-day-page-resources");
        assertTrue(resources.getElementsByTagName("resource").getLength() >= 2);
        module(descriptor, "velocity-allowlist", "chaos-day-page-allowlist");
        module(descriptor, "velocity-allowlist", "chaos-day-settings-allowlist");
        Element servlet = module(descriptor, "servlet", "chaos-day-confluence-settings");
        assertEquals("/chaosday/confluence", servlet.getElementsByTagName("url-pattern").item(0).getTextContent().strip());
        Element settingsLink = module(descriptor, "web-item", "chaos-day-confluence-settings-link");
        assertEquals("/plugins/servlet/chaosday/confluence", settingsLink.getElementsByTagName("link").item(0).getTextContent().strip());
        assertEquals(1, settingsLink.getElementsByTagName("condition").getLength());
        assertNotNull(jar.getJarEntry("templates/jira/confluence-settings.vm"));
    }

    @Test
    public void everyClassOfOursTheXmlNamesIsInTheJar() throws Exception {
        List<String> ours = PluginXml.classNames(line.jar()).stream().filter(name -> name.startsWith("io.chaosday.")).toList();
        assertTrue(ours.toString(), ours.size() >= 8);
        for (String name : ours) {
            assertNotNull(name + " is named in the XML but not in the jar", jar.getJarEntry(name.replace('.', '/') + ".class"));
        }
    }

    private static Element module(Document descriptor, String type, String key) {
        NodeList modules = descriptor.getElementsByTagName(type);
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            if (module.getAttribute("key").equals(key)) {
                return module;
            }
        }
        throw new AssertionError("no " + type + " " + key + " in the jar's descriptor");
    }

    private InputStream stream(String entry) throws Exception {
        JarEntry found = jar.getJarEntry(entry);
        assertNotNull(entry + " in the jar", found);
        return jar.getInputStream(found);
    }

    private String text(String entry) throws Exception {
        try (InputStream in = stream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
