package io.chaosday.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Resolves the built plugin jar in Apache Felix, whose system bundle exports what Jira 10.3 exports
 * (src/test/resources/osgi/jira-10.3-exports.txt), then loads every class the plugin's XML names.
 * The host-api declarations on the test class path stand in for Jira's classes. Felix runs neither
 * Spring nor Jira's module descriptors: that part needs a real Jira.
 */
public class PluginBundleIT {

    @Rule
    public TemporaryFolder storage = new TemporaryFolder();

    private Framework framework;
    private Bundle plugin;

    @Before
    public void installThePluginInAFrameworkExportingWhatJiraExports() throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.getRoot().getAbsolutePath());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", JiraExports.read()));
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        plugin = framework.getBundleContext().installBundle(new File(PluginJar.path()).toURI().toString());
    }

    @After
    public void stopTheFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    public void thePluginResolvesAgainstJiraExportsAlone() {
        boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));
        if (!resolved) {
            fail("the plugin does not resolve: " + whyUnresolved());
        }
        assertEquals(Bundle.RESOLVED, plugin.getState());
    }

    @Test
    public void everyClassTheXmlNamesLoadsWithTheTypesOfItsMembers() throws Exception {
        Set<String> names = PluginXml.classNames();
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
        for (String name : PluginXml.classNames()) {
            if (name.startsWith("com.atlassian.")) {
                assertTrue(name + " is wired to Jira's export", plugin.loadClass(name).getClassLoader() == getClass().getClassLoader());
            }
        }
    }

    private String whyUnresolved() {
        try {
            plugin.start();
            return "it resolved on start";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }

    /** The exports file, as a list of package clauses. */
    static final class JiraExports {
        static List<String> read() throws Exception {
            try (var in = PluginBundleIT.class.getResourceAsStream("/osgi/jira-10.3-exports.txt")) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        }
    }

    static final class PluginJar {
        static String path() {
            String path = System.getProperty("chaosday.plugin.jar");
            assertTrue("built plugin jar at " + path, path != null && Files.isRegularFile(Path.of(path)));
            return path;
        }
    }
}
