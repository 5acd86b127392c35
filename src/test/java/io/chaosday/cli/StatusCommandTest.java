package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.workflow.FakeIssueTracker;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class StatusCommandTest {

    /** Two weeks before a Chaos Day on 2027-03-10: the early planning tickets are overdue, others due this week. */
    private static final Clock FEB_24 = Clock.fixed(Instant.parse("2027-02-24T09:00:00Z"), ZoneOffset.UTC);

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS").withProject("EMPTY");
    private final Map<String, String> env = Map.of("JIRA_URL", "https://jira.example", "JIRA_PROJECT", "CHAOS");

    private CliRun run(Clock clock, String... args) {
        return CliRun.of(clock, env, CliRun.connections(jira, null), args);
    }

    @Before
    public void createTwoChaosDays() {
        assertEquals(0, run(CliRun.NOV_2026, "create", "--chaos-day", "2027-03-10", "--teams", "2").exit());
        assertEquals(0, run(CliRun.NOV_2026, "create", "--chaos-day", "2027-03-10", "--teams", "2", "--name", "Search Day").exit());
    }

    @Test
    public void aMistypedNameIsBadInputThatListsTheChaosDays() {
        CliRun run = run(FEB_24, "status", "--name", "Other Day");
        assertEquals(2, run.exit());
        assertEquals("status: project CHAOS has no Chaos Day named 'Other Day'; its Chaos Days: Chaos Day, Search Day "
                + "(choose one with --name)" + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @Test
    public void aProjectThatDoesNotExistIsBadInput() {
        CliRun run = run(FEB_24, "status", "--project", "NOSUCH");
        assertEquals(2, run.exit());
        assertEquals("status: project NOSUCH does not exist, or you cannot see it; check --project (or JIRA_PROJECT)"
                + System.lineSeparator(), run.err());
    }

    @Test
    public void failOnOverdueExitsThreeAfterPrintingTheReport() {
        CliRun plain = run(FEB_24, "status", "--name", "Chaos Day");
        assertEquals(plain.err(), 0, plain.exit());
        assertTrue(plain.out(), plain.out().contains("Overdue ("));
        CliRun alerting = run(FEB_24, "status", "--name", "Chaos Day", "--fail-on-overdue");
        assertEquals(3, alerting.exit());
        assertEquals(plain.out(), alerting.out());
        CliRun early = run(CliRun.NOV_2026, "status", "--name", "Chaos Day", "--fail-on-overdue");
        assertEquals(early.out(), 0, early.exit());
        assertTrue(early.out(), early.out().contains("Nothing is overdue."));
    }

    @Test
    public void tableShowsImprovementsAndWhatIsDueThisWeekOnLinesOfTheirOwn() {
        CliRun run = run(FEB_24, "status", "--name", "Chaos Day");
        assertTrue(run.out(), run.out().contains("\nImprovement tickets: none yet (publish raises them from the reviews)\n"
                .replace("\n", System.lineSeparator())));
        assertTrue(run.out(), run.out().contains("Due in the next 7 days ("));
    }

    @Test
    public void jsonCarriesEverythingTheTableShows() throws Exception {
        CliRun run = run(FEB_24, "status", "--name", "Chaos Day", "--format", "json");
        assertEquals(run.err(), 0, run.exit());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("2027-03-10", json.path("chaosDay").asText());
        assertEquals(14, json.path("daysToChaosDay").asInt());
        assertEquals("plan", json.path("currentPhase").asText());
        assertEquals(4, json.path("phases").size());
        assertEquals(0, json.path("improvements").path("total").asInt());
        assertTrue(json.toString(), json.path("overdue").size() > 0);
        assertTrue(json.toString(), json.path("dueThisWeek").size() > 0);
        JsonNode first = json.path("dueThisWeek").get(0);
        for (String field : new String[] {"key", "summary", "due", "status", "url"}) {
            assertTrue(field, first.has(field));
        }
        // An unassigned ticket leaves the assignee out, as the plugin's answer does: no nulls.
        assertTrue(json.toString(), !json.toString().contains("null"));
    }
}
