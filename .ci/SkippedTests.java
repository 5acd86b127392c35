import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Lists every test the last build skipped, read from the Surefire and Failsafe XML reports, and
 * exits 1 when there is any: a skipped test is a test that did not run, so CI must not pass.
 * Run as {@code java .ci/SkippedTests.java target/surefire-reports target/failsafe-reports}.
 */
public class SkippedTests {

    public static void main(String[] folders) throws Exception {
        List<String> skipped = new ArrayList<>();
        int reports = 0;
        for (String folder : folders) {
            Path dir = Path.of(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path report : reports(dir)) {
                reports++;
                skipped.addAll(skippedIn(report));
            }
        }
        if (reports == 0) {
            System.err.println("ci: no test reports under " + String.join(", ", folders) + "; did the tests run?");
            System.exit(1);
        }
        if (!skipped.isEmpty()) {
            System.err.println("ci: " + skipped.size() + " test(s) skipped; every test must run:");
            skipped.forEach(name -> System.err.println("  skipped: " + name));
            System.exit(1);
        }
        System.out.println("ci: no test skipped (" + reports + " report files)");
    }

    private static List<Path> reports(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        }
    }

    private static List<String> skippedIn(Path report) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList cases = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            NodeList marks = testCase.getElementsByTagName("skipped");
            if (marks.getLength() > 0) {
                String why = ((Element) marks.item(0)).getAttribute("message");
                names.add(testCase.getAttribute("classname") + "." + testCase.getAttribute("name")
                        + (why.isBlank() ? "" : " (" + why + ")"));
            }
        }
        return names;
    }
}
