package io.chaosday.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.project.template.hook.AddProjectHook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin descriptor and the Spring context, as built into target/classes: well-formed, one key
 * per module, every i18n key defined, every class there and fit for its place, and every
 * constructor satisfiable from the Spring context, as Jira's autowiring will try.
 */
public class PluginDescriptorTest {

    private static final String BLUEPRINT = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    private static final Pattern I18N_KEY = Pattern.compile("\"(chaosday\\.[a-z0-9.-]*[a-z0-9])\"");

    /** The type a module's class must be, by the element that names it. */
    private static final Map<String, Class<?>> MODULE_TYPES = Map.of("hook", AddProjectHook.class,
            "condition", com.atlassian.plugin.web.Condition.class, "context-provider", com.atlassian.plugin.web.ContextProvider.class,
            "servlet", javax.servlet.http.HttpServlet.class);

    private static Document descriptor;
    private static Document context;
    private static Properties i18n;

    @BeforeClass
    public static void readTheBuiltXml() throws Exception {
        descriptor = parse("/atlassian-plugin.xml");
        context = parse("/META-INF/spring/plugin-context.xml");
        i18n = new Properties();
        try (InputStream in = resource("/i18n/chaosday.properties")) {
            i18n.load(in);
        }
    }

    /** Jira's documented admin location for apps' settings (developer.atlassian.com, "Administration UI locations"). */
    @Test
    public void theSettingsLinkIsInASectionOfOurOwnInTheDocumentedAppsLocation() {
        Element link = null;
        NodeList items = descriptor.getElementsByTagName("web-item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if (item.getAttribute("key").equals("chaos-day-confluence-settings-link")) {
                link = item;
            }
        }
        assertNotNull(link);
        String[] section = link.getAttribute("section").split("/");
        assertEquals("admin_plugins_menu", section[0]);
        NodeList sections = descriptor.getElementsByTagName("web-section");
        boolean declared = false;
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            declared |= s.getAttribute("key").equals(section[1]) && s.getAttribute("location").equals("admin_plugins_menu");
        }
        assertTrue("the section " + section[1] + " is declared at admin_plugins_menu", declared);
    }

    @Test
    public void everyModuleKeyIsUnique() {
        Set<String> keys = new HashSet<>();
        NodeList modules = descriptor.getDocumentElement().getChildNodes();
        for (int i = 0; i < modules.getLength(); i++) {
            if (modules.item(i) instanceof Element module && module.hasAttribute("key")) {
                assertTrue("module key " + module.getAttribute("key") + " used once", keys.add(module.getAttribute("key")));
            }
        }
        assertTrue(keys.contains("chaos-day-project"));
    }

    @Test
    public void everyI18nKeyTheDescriptorTheTemplateAndTheCodeUseIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        elements(descriptor, "*").forEach(e -> {
            if (e.hasAttribute("key") && e.getAttribute("key").startsWith("chaosday.")) {
                used.add(e.getAttribute("key"));
            }
        });
        collect(new String(resource("/config/chaosday/chaos-day-project.json").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), used);
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/chaosday/jira"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(Files.readString(source), used);
            }
        }
        assertTrue("keys found: " + used, used.contains("chaosday.template.label") && used.contains("chaosday.template.error.jira-software"));
        List<String> missing = used.stream().filter(key -> !i18n.containsKey(key)).toList();
        assertEquals("i18n keys used but not in i18n/chaosday.properties", List.of(), missing);
        i18n.stringPropertyNames().forEach(key -> assertTrue("one prefix: " + key, key.startsWith("chaosday.")));
    }

    @Test
    public void everyClassTheDescriptorNamesExistsAndIsWhatItsModuleNeeds() throws Exception {
        List<Element> named = elements(descriptor, "*").stream().filter(e -> e.hasAttribute("class")).toList();
        assertFalse(named.isEmpty());
        for (Element element : named) {
            Class<?> type = Class.forName(element.getAttribute("class"));
            Class<?> needed = MODULE_TYPES.get(element.getLocalName());
            if (needed != null) {
                assertTrue(type + " is a " + needed.getName(), needed.isAssignableFrom(type));
            }
        }
    }

    @Test
    public void theResourcesTheDescriptorPointsAtAreInTheJar() throws Exception {
        for (Element element : elements(descriptor, "*")) {
            // A web-panel's or web-section's location is where it shows (a sidebar item's key, an admin menu), not a file.
            String location = element.getLocalName().equals("web-panel") || element.getLocalName().equals("web-section") ? ""
                    : element.hasAttribute("location") ? element.getAttribute("location")
                    : element.getLocalName().equals("descriptor") ? element.getAttribute("file") : "";
            if (!location.isEmpty() && !element.getAttribute("type").equals("i18n") && !location.endsWith("/") && !location.equals("images/chaosday")) {
                try (InputStream in = resource(location.startsWith("/") ? location : "/" + location)) {
                    assertNotNull(location, in);
                }
            }
        }
        JsonNode template = new ObjectMapper().readTree(resource("/config/chaosday/chaos-day-project.json"));
        assertTrue("the template lists its issue types", template.path("issue-type-scheme").path("issue-types").size() >= 2);
    }

    @Test
    public void springReferencesAreInterfacesAndBeansAreConcreteClasses() throws Exception {
        for (Element reference : elements(context, "reference")) {
            assertTrue(reference.getAttribute("interface"), Class.forName(reference.getAttribute("interface")).isInterface());
        }
        for (Element bean : elements(context, "bean")) {
            assertFalse(bean.getAttribute("class"), Class.forName(bean.getAttribute("class")).isInterface());
        }
        assertEquals("constructor", context.getDocumentElement().getAttribute("default-autowire"));
    }

    @Test
    public void everyConstructorJiraWillAutowireFindsItsArgumentsInTheSpringContext() throws Exception {
        List<Class<?>> available = new ArrayList<>();
        for (Element reference : elements(context, "reference")) {
            available.add(Class.forName(reference.getAttribute("interface")));
        }
        for (Element bean : elements(context, "bean")) {
            available.add(Class.forName(bean.getAttribute("class")));
        }
        List<Class<?>> built = new ArrayList<>();
        elements(context, "bean").stream().filter(b -> !b.hasAttribute("factory-method")).forEach(b -> built.add(load(b.getAttribute("class"))));
        elements(descriptor, "*").stream().filter(e -> e.hasAttribute("class")).forEach(e -> built.add(load(e.getAttribute("class"))));
        for (Class<?> type : built) {
            Constructor<?> constructor = Stream.of(type.getConstructors()).max(Comparator.comparingInt(Constructor::getParameterCount))
                    .orElseThrow(() -> new AssertionError(type + " has a public constructor"));
            for (Class<?> parameter : constructor.getParameterTypes()) {
                long candidates = available.stream().filter(parameter::isAssignableFrom).count();
                assertEquals(type.getSimpleName() + " needs exactly one " + parameter.getName() + " in the context", 1, candidates);
            }
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " does not exist", e);
        }
    }

    private static void collect(String text, Set<String> keys) {
        Matcher m = I18N_KEY.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
    }

    private static List<Element> elements(Document document, String localName) {
        NodeList nodes = localName.equals("*") ? document.getElementsByTagName("*")
                : document.getElementsByTagNameNS(localName.equals("reference") ? BLUEPRINT : "*", localName);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Document parse(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = resource(path)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = PluginDescriptorTest.class.getResourceAsStream(path);
        assertNotNull(path + " is built", in);
        return in;
    }
}
