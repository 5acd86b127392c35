package io.chaosday.jira.page;

import io.chaosday.jira.link.FallbackSettingsForm;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Jira 10 blocks every method a template calls on a plugin class unless the descriptor's
 * velocity-allowlist names it. The page and the Confluence settings page are rendered in every state with a Velocity engine that notes
 * each method called; the allowlist must hold exactly those.
 */
public class VelocityAllowlistTest {

    /** Stands in for SAL's I18nResolver, which Jira's own allowlist covers. */
    private static final String STAND_IN = PropertiesI18n.class.getName();

    private static Set<String> called;

    @BeforeClass
    public static void renderEveryStateOfThePage() {
        RecordingUberspect.clear();
        PageRenderer renderer = new PageRenderer();
        for (ChaosDayPage page : List.of(SamplePages.facilitator(), SamplePages.reader(), SamplePages.justCreated(),
                SamplePages.needsAuthorisation(), SamplePages.hostile("<x>"), SamplePages.halfMade(true),
                SamplePages.halfMade(false), SamplePages.past())) {
            renderer.render(PageRenderer.PAGE, "page", page);
        }
        renderer.render(PageRenderer.PAGE, "problem", "Project CHAOS has no Chaos Day.");
        for (FallbackSettingsForm form : SampleSettings.everyState()) {
            renderer.render(SampleSettings.TEMPLATE, "settings", form);
        }
        called = new TreeSet<>();
        RecordingUberspect.called().stream().filter(m -> m.startsWith("io.chaosday.") && !m.startsWith(STAND_IN + "#"))
                .forEach(called::add);
    }

    static Set<String> allowlisted() throws Exception {
        try (InputStream in = VelocityAllowlistTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList methods = descriptor.getElementsByTagName("method");
            Set<String> listed = new TreeSet<>();
            for (int i = 0; i < methods.getLength(); i++) {
                if (methods.item(i).getParentNode().getNodeName().equals("velocity-allowlist")) {
                    listed.add(methods.item(i).getTextContent().strip());
                }
            }
            return listed;
        }
    }

    @Test
    public void everyMethodTheTemplatesCallIsAllowlisted() throws Exception {
        Set<String> missing = new TreeSet<>(called);
        missing.removeAll(allowlisted());

        assertEquals("add these to the velocity-allowlist in atlassian-plugin.xml", Set.of(), missing);
    }

    @Test
    public void theAllowlistNamesNothingTheTemplatesDoNotCall() throws Exception {
        Set<String> unused = allowlisted();
        unused.removeAll(called);

        assertEquals("allowlisted but never called (a method that allows more than the page needs)", Set.of(), unused);
    }

    @Test
    public void theTemplatesCallOnlyOurViewObjectsAndTheEscaper() {
        assertTrue(called.size() > 20);
        for (String method : called) {
            assertTrue(method, method.startsWith("io.chaosday.jira.page.")
                    || method.startsWith(FallbackSettingsForm.class.getName() + "#")
                    || method.startsWith(io.chaosday.jira.PageText.class.getName() + "#"));
        }
    }
}
