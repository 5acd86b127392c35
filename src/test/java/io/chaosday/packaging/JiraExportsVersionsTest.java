package io.chaosday.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The javax.ws.rs versions the OSGi resolution test offers are the ones the API jar the plugin
 * compiles against declares: the one javax import the plugin makes with a version range.
 */
public class JiraExportsVersionsTest {

    private static final Pattern CLAUSE = Pattern.compile("(javax\\.ws\\.rs[a-z.]*);(?:[^,]*?;)?version=\"([^\"]+)\"");

    @Test
    public void theJaxRsPackagesCarryTheVersionsOfTheApiJarOnTheClassPath() throws Exception {
        Map<String, String> listed = new LinkedHashMap<>();
        for (String clause : PluginBundleIT.JiraExports.read()) {
            Matcher m = CLAUSE.matcher(clause);
            if (m.matches()) {
                listed.put(m.group(1), m.group(2));
            }
        }
        assertFalse("the exports file lists javax.ws.rs", listed.isEmpty());

        Map<String, String> declared = new LinkedHashMap<>();
        String jar = javax.ws.rs.Path.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        try (JarFile api = new JarFile(jar)) {
            Matcher m = CLAUSE.matcher(api.getManifest().getMainAttributes().getValue("Export-Package"));
            while (m.find()) {
                declared.put(m.group(1), m.group(2));
            }
        }
        for (Map.Entry<String, String> export : listed.entrySet()) {
            assertEquals(export.getKey() + " in " + jar, declared.get(export.getKey()), export.getValue());
        }
    }
}
