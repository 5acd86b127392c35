package io.chaosday.packaging;

import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The two Jira lines the plugin is built for, one jar each from one source: Jira 10.3 LTS (javax,
 * Platform 7) and Jira 11.3 LTS (jakarta, Platform 8). Each knows its jar, built by Maven and named
 * by failsafe's system properties, and the export list of its host in src/test/resources/osgi.
 */
enum PluginLine {

    JIRA_10("jira10", "10.3", "javax", "jakarta"),
    JIRA_11("jira11", "11.3", "jakarta", "javax");

    /** The Java EE / Jakarta EE packages that moved from javax to jakarta and that a plugin may import. */
    static final List<String> MOVED = List.of("servlet", "ws.rs", "inject", "annotation");

    final String classifier;
    final String lts;
    final String namespace;
    final String foreignNamespace;

    PluginLine(String classifier, String lts, String namespace, String foreignNamespace) {
        this.classifier = classifier;
        this.lts = lts;
        this.namespace = namespace;
        this.foreignNamespace = foreignNamespace;
    }

    /** The built plugin jar for this line, target/chaos-day-jira-VERSION-jira1N.jar. */
    String jar() {
        String path = System.getProperty("chaosday.plugin.jar." + classifier);
        assertTrue("built plugin jar for Jira " + lts + " at " + path, path != null && Files.isRegularFile(Path.of(path)));
        return path;
    }

    /** The packages this line's Jira exports to plugins, as OSGi package clauses. */
    List<String> exports() throws Exception {
        try (InputStream in = PluginLine.class.getResourceAsStream("/osgi/jira-" + lts + "-exports.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    /** For JUnit's Parameterized runner. */
    static List<Object[]> all() {
        return List.of(new Object[] {JIRA_10}, new Object[] {JIRA_11});
    }

    @Override
    public String toString() {
        return "Jira " + lts;
    }
}
