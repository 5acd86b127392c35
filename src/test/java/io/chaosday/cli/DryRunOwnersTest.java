package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import io.chaosday.workflow.FakeIssueTracker;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/** A dry run of {@code experiments add} names the owners Jira does not know, as the real run does, and writes nothing. */
public class DryRunOwnersTest {

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final Map<String, String> env = Map.of("JIRA_URL", "https://jira.example", "JIRA_PROJECT", "CHAOS");

    private CliRun run(String... args) {
        return CliRun.of(CliRun.NOV_2026, env, CliRun.connections(jira, null), args);
    }

    private CliRun add(String title, String owner, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("experiments", "add", "--title", title, "--rollback", "restart it",
                "--owner", owner));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private static final java.util.Set<String> WRITES = java.util.Set.of("createIssues", "assign", "setProperty", "updateIssue",
            "changeLabels", "changeDueDates", "moveToEpic", "deleteIssue", "addRemoteLink", "relate", "addComment");

    private List<String> writes() {
        return jira.calls.stream().filter(c -> WRITES.contains(c.split(" ")[0])).toList();
    }

    @Before
    public void createTheChaosDay() {
        assertEquals(0, run("create", "--chaos-day", "2027-03-10", "--team", "Payments").exit());
        jira.calls.clear();
    }

    @Test
    public void aNewExperimentWhoseOwnerJiraDoesNotKnowIsNamedAndNothingIsWritten() {
        CliRun dry = add("Search loses its cache", "zed", "--dry-run");

        assertEquals(dry.err(), 0, dry.exit());
        assertEquals("warning: 'Search loses its cache' would be left unassigned: Jira knows no user 'zed'; give the owner "
                + "as a user name, e-mail address or account id" + System.lineSeparator(), dry.err());
        assertEquals(List.of(), writes());
    }

    @Test
    public void anOwnerJiraKnowsGetsNoWarning() {
        CliRun dry = add("Search loses its cache", "Bob", "--dry-run");

        assertEquals("", dry.err());
        assertTrue(jira.calls.toString(), jira.calls.contains("knowsUser Bob"));
    }

    @Test
    public void anExistingExperimentWhoseNewOwnerJiraDoesNotKnowIsNamedByItsKey() {
        assertEquals(0, add("Search loses its cache", "Bob").exit());
        String key = jira.issues.values().stream().filter(i -> i.summary().equals("Search loses its cache")).findFirst()
                .orElseThrow().key();
        jira.calls.clear();

        CliRun dry = add("Search loses its cache", "zed", "--dry-run");

        assertTrue(dry.out(), dry.out().contains("would update  " + key));
        assertTrue(dry.err(), dry.err().contains("warning: " + key + " would be left unassigned: Jira knows no user 'zed'"));
        assertEquals(List.of(), writes());
        assertEquals(java.util.Optional.of("Bob"), jira.issues.get(key).assignee());
    }

    @Test
    public void theRealRunWarnsOfTheSameOwner() {
        CliRun real = add("Search loses its cache", "zed");

        assertTrue(real.err(), real.err().contains(" is left unassigned: Jira knows no user 'zed'"));
    }

    @Test
    public void theJsonOfADryRunListsTheOwnerWithTheExperimentsTitleAndNoKey() throws Exception {
        CliRun dry = add("Search loses its cache", "zed", "--dry-run", "--format", "json");

        assertEquals(dry.err(), 0, dry.exit());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode document = mapper.readTree(dry.out());
        ProcessingReport report = JsonSchemaFactory.byDefault()
                .getJsonSchema(mapper.readTree(Path.of("docs/json/chaosday-result.schema.json").toFile())).validate(document);
        assertTrue(report.toString(), report.isSuccess());
        JsonNode unassigned = document.path("unassigned");
        assertEquals(unassigned.toString(), 1, unassigned.size());
        assertTrue(unassigned.get(0).path("key").isNull());
        assertEquals("Search loses its cache", unassigned.get(0).path("title").asText());
        assertEquals("zed", unassigned.get(0).path("owner").asText());
        assertFalse(document.path("experiments").toString(), document.path("experiments").toString().contains("CHAOS-"));
    }
}
