package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.workflow.FakeIssueTracker;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/** {@code experiments list} shows whom each ticket is assigned to in Jira now, not the owner its card once named. */
public class ExperimentsListAssigneeTest {

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final Map<String, String> env = Map.of("JIRA_URL", "https://jira.example", "JIRA_PROJECT", "CHAOS");
    private String known;
    private String unknown;

    private CliRun run(String... args) {
        CliRun run = CliRun.of(CliRun.NOV_2026, env, CliRun.connections(jira, null), args);
        assertEquals(run.err(), 0, run.exit());
        return run;
    }

    @Before
    public void twoExperimentsOneWithAnOwnerJiraDoesNotKnow() {
        run("create", "--chaos-day", "2027-03-10", "--team", "Payments");
        known = run("experiments", "add", "--title", "Payments loses its database", "--rollback", "start it",
                "--owner", "Alice", "--team", "Payments").out().split("\\s+")[1];
        unknown = run("experiments", "add", "--title", "Payments loses its cache", "--rollback", "warm it",
                "--owner", "Zed", "--team", "Payments").out().split("\\s+")[1];
    }

    @Test
    public void aTicketReassignedInJiraShowsItsNewAssigneeAndOneJiraCouldNotAssignShowsUnassigned() throws Exception {
        jira.assign(known, "Bob");

        String table = run("experiments", "list").out();

        String knownLine = table.lines().filter(l -> l.startsWith(known + " ")).findFirst().orElseThrow();
        String unknownLine = table.lines().filter(l -> l.startsWith(unknown + " ")).findFirst().orElseThrow();
        assertTrue(knownLine, knownLine.contains(" Bob ") && !knownLine.contains("Alice"));
        assertTrue(unknownLine, unknownLine.contains(" unassigned ") && !unknownLine.contains("Zed"));
        JsonNode json = new ObjectMapper().readTree(run("experiments", "list", "--format", "json").out());
        for (JsonNode experiment : json) {
            if (experiment.path("key").asText().equals(known)) {
                assertEquals("Alice", experiment.path("owner").asText());
                assertEquals("Bob", experiment.path("assignee").asText());
            } else {
                assertTrue(experiment.path("assignee").isNull());
            }
        }
    }
}
