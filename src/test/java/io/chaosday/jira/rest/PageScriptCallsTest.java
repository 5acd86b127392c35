package io.chaosday.jira.rest;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Every call the page's script makes to the REST resource is an operation of
 * docs/openapi/chaosday-rest.yaml, with the query parameters it sends; and the address the page gives
 * the script is where the document's paths live.
 */
public class PageScriptCallsTest {

    /** {@code call('POST', rest + '/reschedule?dryRun=true', ...)}: the method and the path after the page's REST base. */
    private static final Pattern CALL = Pattern.compile("call\\('([A-Z]+)',\\s*rest\\s*\\+\\s*'([^']*)'");

    /** A call the script makes: its method, path below the project, and query parameter names. */
    record ScriptCall(String method, String path, List<String> query) {
    }

    static List<ScriptCall> calls(String script) {
        List<ScriptCall> calls = new ArrayList<>();
        Matcher m = CALL.matcher(script);
        while (m.find()) {
            String[] pathAndQuery = m.group(2).split("\\?", 2);
            List<String> query = pathAndQuery.length < 2 ? List.of()
                    : List.of(pathAndQuery[1].split("&")).stream().map(pair -> pair.split("=", 2)[0]).toList();
            calls.add(new ScriptCall(m.group(1), pathAndQuery[0], query));
        }
        return calls;
    }

    private static String script() throws IOException {
        try (InputStream in = PageScriptCallsTest.class.getResourceAsStream("/web/chaosday-page.js")) {
            assertNotNull(in);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Optional<Operation> operation(String method, String path) {
        PathItem item = ChaosDayRestContract.document().getPaths().get("/project/{projectKey}" + path);
        if (item == null) {
            return Optional.empty();
        }
        Map<PathItem.HttpMethod, Operation> operations = item.readOperationsMap();
        return Optional.ofNullable(operations.get(PathItem.HttpMethod.valueOf(method)));
    }

    @Test
    public void theScriptsCallsAreFoundInIt() throws IOException {
        assertEquals("the day's entry, checklist, day; reschedule dry run, save, finish (a save), publish", List.of(
                new ScriptCall("GET", "/ready", List.of()),
                new ScriptCall("POST", "/experiments/{issueKey}/log", List.of()),
                new ScriptCall("GET", "/day", List.of()),
                new ScriptCall("POST", "/reschedule", List.of("dryRun")),
                new ScriptCall("PUT", "/definition", List.of()),
                new ScriptCall("PUT", "/definition", List.of()),
                new ScriptCall("POST", "/publish", List.of())), calls(script()));
    }

    @Test
    public void everyCallTheScriptMakesIsAnOperationOfTheDocument() throws IOException {
        for (ScriptCall call : calls(script())) {
            Operation operation = operation(call.method(), call.path())
                    .orElseThrow(() -> new AssertionError(call + " is not in " + ChaosDayRestContract.DOCUMENT));
            List<String> declared = Optional.ofNullable(operation.getParameters()).orElse(List.of()).stream()
                    .filter(p -> "query".equals(p.getIn())).map(Parameter::getName).toList();
            assertTrue(call + " sends query parameters the document does not declare: " + declared, declared.containsAll(call.query()));
            if (!call.method().equals("GET")) {
                assertNotNull(call + " sends JSON the document takes", operation.getRequestBody());
            }
        }
    }

    @Test
    public void aCallTheDocumentLacksIsCaught() {
        List<ScriptCall> made = calls("call('DELETE', rest + '/definition'); call('POST', rest + '/experiments?all=true')");

        assertTrue(operation(made.get(0).method(), made.get(0).path()).isEmpty());
        assertTrue("experiments is read with GET only", operation(made.get(1).method(), made.get(1).path()).isEmpty());
    }

    @Test
    public void theDocumentsBaseIsWhereTheDescriptorsRestModuleServes() throws Exception {
        try (InputStream in = PageScriptCallsTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            org.w3c.dom.Element rest = (org.w3c.dom.Element) javax.xml.parsers.DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder().parse(in).getElementsByTagName("rest").item(0);
            assertEquals(ChaosDayRestContract.BASE, "/rest" + rest.getAttribute("path") + "/" + rest.getAttribute("version"));
        }
        assertTrue(ChaosDayRestContract.document().getPaths().keySet().stream().allMatch(p -> p.startsWith("/project/{projectKey}/")));
    }
}
