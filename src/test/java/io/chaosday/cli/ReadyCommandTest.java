package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.plan.Step;
import io.chaosday.workflow.FakeIssueTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ReadyCommandTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");

    static String card(String title, String team, String owner) {
        return "  - title: " + title + "\n"
                + "    component: " + team + " API\n"
                + "    failure: {what: primary database stopped, where: staging, how: stop the instance}\n"
                + "    impact: {technical: writes fail for 30 s, business: payments declined briefly}\n"
                + "    expectedResponse: on-call sees the alert\n"
                + "    rollback: start the instance again\n"
                + "    isolation: isolated\n"
                + "    environment: staging\n"
                + "    owner: " + owner + "\n"
                + "    team: " + team + "\n";
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--jira", "https://jira.example", "--project", "CHAOS"}, 0, all, args.length, 4);
        return CliRun.of(CliRun.NOV_2026, Map.of(), CliRun.connections(jira, null), all);
    }

    private void add(String cards) throws Exception {
        Path file = tmp.newFile().toPath();
        Files.writeString(file, "experiments:\n" + cards);
        CliRun added = run("experiments", "add", "--file", file.toString());
        assertEquals(added.err(), 0, added.exit());
    }

    private void finishThePlanPhase() {
        jira.issues.values().stream().filter(i -> i.identity().flatMap(id -> id.item().phase())
                .filter(p -> p == io.chaosday.plan.Phase.PLAN).isPresent())
                .map(i -> i.identity().orElseThrow().item().key()).toList().forEach(jira::markDone);
    }

    @Before
    public void createTheChaosDay() {
        assertEquals(0, run("create", "--chaos-day", "2027-03-10", "--team", "Payments", "--team", "Search").exit());
    }

    @Test
    public void aTeamWithoutAnExperimentIsANoGoThatNamesTheTeam() throws Exception {
        add(card("Payments loses its database", "Payments", "Alice"));
        finishThePlanPhase();
        CliRun ready = run("ready");
        assertEquals(ready.out(), 3, ready.exit());
        assertTrue(ready.out(), ready.out().contains("FAIL  Every team has an experiment"));
        assertTrue(ready.out(), ready.out().contains("team 'Search' has no experiment"));
        assertFalse(ready.out(), ready.out().contains("team 'Payments'"));
        assertTrue(ready.out(), ready.out().contains("to do: add an experiment for each team"));
        assertTrue(ready.out(), ready.out().contains("NO-GO: 1 of 5 checks failed"));
    }

    @Test
    public void everyCheckPassedIsAGo() throws Exception {
        add(card("Payments loses its database", "Payments", "Alice") + card("Search loses its cache", "Search", "Bob"));
        finishThePlanPhase();
        CliRun ready = run("ready");
        assertEquals(ready.out() + ready.err(), 0, ready.exit());
        assertFalse(ready.out(), ready.out().contains("FAIL"));
        assertTrue(ready.out(), ready.out().contains("GO: Chaos Day is ready"));
    }

    @Test
    public void openPlanTicketsAndAnUnnamedAgentsTicketAreListedWithWhatToDo() throws Exception {
        add(card("Payments loses its database", "Payments", "Alice") + card("Search loses its cache", "Search", "Bob"));
        CliRun ready = run("ready");
        assertEquals(3, ready.exit());
        String agents = jira.byItem(Step.AGENTS.key()).key();
        assertTrue(ready.out(), ready.out().contains("FAIL  The Agents of Chaos are named\n      - " + agents + " 'Name the Agents of Chaos' is open"));
        assertTrue(ready.out(), ready.out().contains("FAIL  The Plan phase's tickets are done"));
        assertTrue(ready.out(), ready.out().contains("ok    Every team has an experiment"));
    }

    @Test
    public void anIncompleteCardAndAnOwnerJiraDoesNotKnowFailTheCardCheck() throws Exception {
        add(card("Payments loses its database", "Payments", "Mallory")
                + "  - title: Search loses its cache\n    rollback: restart it\n    owner: Bob\n    team: Search\n");
        finishThePlanPhase();
        CliRun ready = run("ready");
        assertEquals(3, ready.exit());
        assertTrue(ready.out(), ready.out().contains("'Search loses its cache' does not say: failure: what, failure: where, "
                + "failure: how, expected impact, expected response, environment"));
        assertTrue(ready.out(), ready.out().contains("Jira knows no person 'Mallory'"));
    }

    @Test
    public void jsonListsEveryCheckWithWhatToDo() throws Exception {
        add(card("Payments loses its database", "Payments", "Alice"));
        finishThePlanPhase();
        CliRun ready = run("ready", "--format", "json");
        assertEquals(3, ready.exit());
        JsonNode json = new ObjectMapper().readTree(ready.out());
        assertFalse(json.path("go").asBoolean(true));
        JsonNode teams = json.path("checks").get(0);
        assertEquals("every-team-has-an-experiment", teams.path("check").asText());
        assertFalse(teams.path("passed").asBoolean(true));
        assertEquals("team 'Search' has no experiment", teams.path("problems").get(0).asText());
        assertTrue(teams.path("toDo").asText().startsWith("add an experiment"));
        assertTrue(json.path("checks").get(2).path("passed").asBoolean());
        assertTrue(json.path("checks").get(2).path("toDo").isNull());
    }

    @Test
    public void overdueTicketsOfThePlanAreANoGoOnceTheirDatePassed() throws Exception {
        add(card("Payments loses its database", "Payments", "Alice") + card("Search loses its cache", "Search", "Bob"));
        CliRun late = CliRun.of(java.time.Clock.fixed(java.time.Instant.parse("2027-03-09T09:00:00Z"), java.time.ZoneOffset.UTC),
                Map.of(), CliRun.connections(jira, null), "ready", "--jira", "https://jira.example", "--project", "CHAOS");
        assertEquals(3, late.exit());
        assertTrue(late.out(), late.out().contains("FAIL  Nothing the day depends on is overdue"));
        assertTrue(late.out(), late.out().contains("'Choose the target services, teams and dates' is open, due 2027-02-15"));
    }
}
