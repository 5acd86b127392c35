package io.chaosday.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * The Java EE / Jakarta EE package versions an export list offers are the ones the API jar the
 * plugin is built against declares in its own OSGi manifest: javax.* from the jars the sources
 * compile against (Jira 10.3), jakarta.* from the Jakarta EE 10 jars bnd reads the Jira 11 imports
 * from (on this test's class path through failsafe's additional dependencies).
 */
@RunWith(Parameterized.class)
public class JiraExportsVersionsIT {

    private static final Pattern CLAUSE = Pattern.compile("((?:javax|jakarta)\\.(ws\\.rs|servlet|inject|annotation)[a-z.]*);(?:[^,]*?;)?version=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile(";version=\"([^\"]+)\"");
    private static final Map<String, String> A_CLASS_OF = Map.of("ws.rs", "Path", "servlet", "Servlet", "inject", "Inject",
            "annotation", "PostConstruct");

    @Parameters(name = "{0}")
    public static List<Object[]> lines() {
        return PluginLine.all();
    }

    @Parameter
    public PluginLine line;

    @Test
    public void theMovedJavaEePackagesCarryTheVersionsOfTheirApiJars() throws Exception {
        int checked = 0;
        for (String clause : line.exports()) {
            Matcher listed = CLAUSE.matcher(clause);
            if (!listed.matches()) {
                continue;
            }
            String spec = listed.group(2);
            Class<?> api = Class.forName(line.namespace + "." + spec + "." + A_CLASS_OF.get(spec), false, getClass().getClassLoader());
            String jar = api.getProtectionDomain().getCodeSource().getLocation().getPath();
            assertEquals(listed.group(1) + " in " + jar, declared(jar).get(listed.group(1)), listed.group(3));
            checked++;
        }
        assertTrue("the " + line + " list gives servlet, ws.rs and inject versions: " + checked, checked >= 5);
    }

    private static Map<String, String> declared(String jar) throws Exception {
        Map<String, String> declared = new LinkedHashMap<>();
        try (JarFile api = new JarFile(jar)) {
            for (String clause : ManifestHeader.clauses(api.getManifest().getMainAttributes().getValue("Export-Package"))) {
                Matcher version = VERSION.matcher(clause);
                if (version.find()) {
                    declared.put(clause.split(";", 2)[0].strip(), version.group(1));
                }
            }
        }
        return declared;
    }
}
