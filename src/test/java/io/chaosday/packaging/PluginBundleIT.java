package io.chaosday.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Resolves each built plugin jar in Apache Felix, whose system bundle exports what that jar's Jira
 * exports (src/test/resources/osgi/jira-10.3-exports.txt, jira-11.3-exports.txt), then loads every
 * class the plugin's XML names. The host-api declarations and the javax / jakarta API jars on the
 * test class path stand in for Jira's classes. Felix runs neither Spring nor Jira's module
 * descriptors: that part needs a real Jira.
 */
@RunWith(Parameterized.class)
public class PluginBundleIT {

    @Parameters(name = "{0}")
    public static List<Object[]> lines() {
        return PluginLine.all();
    }

    @Parameter
    public PluginLine line;

    @Rule
    public TemporaryFolder storage = new TemporaryFolder();

    private Framework framework;
    private Bundle plugin;

    @Before
    public void installThePluginInAFrameworkExportingWhatJiraExports() throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.getRoot().getAbsolutePath());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", line.exports()));
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        plugin = framework.getBundleContext().installBundle(new File(line.jar()).toURI().toString());
    }

    @After
    public void stopTheFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    public void thePluginResolvesAgainstItsJiraLinesExportsAlone() {
        boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));
        if (!resolved) {
            fail("the plugin does not resolve: " + whyUnresolved());
        }
        assertEquals(Bundle.RESOLVED, plugin.getState());
    }

    @Test
    public void everyClassTheXmlNamesLoadsWithTheTypesOfItsMembers() throws Exception {
        Set<String> names = PluginXml.classNames(line.jar());
        assertFalse("the descriptor and the Spring context name classes", names.isEmpty());
        for (String name : names) {
            try {
                Class<?> type = plugin.loadClass(name);
                // Linking constructors and methods loads every type they mention: a package the
                // bundle neither holds nor imports fails here, as it would in Jira.
                type.getDeclaredConstructors();
                type.getDeclaredMethods();
                if (name.startsWith("io.chaosday.")) {
                    assertTrue(name + " comes from the plugin jar", type.getClassLoader() != getClass().getClassLoader());
                }
            } catch (ClassNotFoundException | LinkageError e) {
                fail(name + " does not load in the bundle: " + e);
            }
        }
    }

    @Test
    public void theHostApiIsTakenFromTheHostNotFromTheJar() throws Exception {
        for (String name : PluginXml.classNames(line.jar())) {
            if (name.startsWith("com.atlassian.")) {
                assertTrue(name + " is wired to Jira's export", plugin.loadClass(name).getClassLoader() == getClass().getClassLoader());
            }
        }
    }

    /** Jira Software's package is optional: without it the plugin still loads and simply has no board maker. */
    @Test
    public void withoutJiraSoftwareTheBoardMakerIsAbsentAndNothingFails() throws Exception {
        assertTrue(framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin)));
        Object boards = plugin.loadClass("io.chaosday.jira.template.JiraSoftwareBoards").getConstructor().newInstance();
        Object maker = boards.getClass().getMethod("maker").invoke(boards);
        assertEquals(java.util.Optional.empty(), maker);
    }

    private String whyUnresolved() {
        try {
            plugin.start();
            return "it resolved on start";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }
}
