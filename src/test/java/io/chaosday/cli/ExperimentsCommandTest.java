package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.workflow.FakeIssueTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ExperimentsCommandTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");

    private String keyOf(String title) {
        return jira.issues.values().stream().filter(i -> i.summary().equals(title)).findFirst().orElseThrow().key();
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--jira", "https://jira.example", "--project", "CHAOS"}, 0, all, args.length, 4);
        return CliRun.of(CliRun.NOV_2026, Map.of(), CliRun.connections(jira, null), all);
    }

    @Before
    public void createTheChaosDay() {
        assertEquals(0, run("create", "--chaos-day", "2027-03-10", "--team", "Payments", "--team", "Search").exit());
    }

    @Test
    public void addListAndRecordAnOutcome() throws Exception {
        Path file = tmp.newFile("experiments.yaml").toPath();
        Files.writeString(file, "experiments:\n  - title: Search loses its cache\n    rollback: restart it\n"
                + "    owner: Bob\n    team: Search\n");
        CliRun added = run("experiments", "add", "--file", file.toString());
        assertEquals(added.err(), 0, added.exit());
        assertTrue(added.out(), added.out().endsWith("1 added, 0 updated, 0 already up to date" + System.lineSeparator()));
        CliRun one = run("experiments", "add", "--title", "Payments loses its database", "--rollback", "start it",
                "--owner", "Alice", "--isolation", "parallel");
        assertTrue(one.out(), one.out().contains("1 added"));
        CliRun outcome = run("experiments", "outcome", "--experiment", "Search loses its cache", "--outcome", "resolved-by-team");
        assertEquals(outcome.err(), 0, outcome.exit());
        CliRun list = run("experiments", "list");
        assertTrue(list.out(), list.out().contains("Resolved by the owning team"));
        assertTrue(list.out(), list.out().contains("Planned"));
        assertTrue(run("experiments", "add", "--file", file.toString()).out().contains("0 added, 0 updated, 1 already up to date"));
    }

    @Test
    public void anExperimentWithoutOwnerOrRollbackIsBadInput() {
        CliRun run = run("experiments", "add", "--title", "x");
        assertEquals(2, run.exit());
        assertEquals("add: an experiment needs --rollback (how the fault is undone) and --owner (the Agent of Chaos)"
                + System.lineSeparator(), run.err());
    }

    @Test
    public void anUnknownOutcomeIsBadInput() {
        CliRun run = run("experiments", "outcome", "--experiment", "CHAOS-1", "--outcome", "fixed");
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().contains("but was 'fixed'") && run.err().contains("resolved-by-team"));
    }

    @Test
    public void addingAgainUpdatesTheChangedFieldsAndSaysWhich() throws Exception {
        Path file = tmp.newFile("experiments.yaml").toPath();
        Files.writeString(file, "experiments:\n  - title: Search loses its cache\n    rollback: restart it\n    owner: Bob\n");
        assertEquals(0, run("experiments", "add", "--file", file.toString()).exit());
        Files.writeString(file, "experiments:\n  - title: Search loses its cache\n    rollback: flush and warm it\n"
                + "    owner: Carol\n    team: Search\n");
        CliRun dry = run("experiments", "add", "--file", file.toString(), "--dry-run");
        assertTrue(dry.out(), dry.out().contains("would update  CHAOS-"));
        assertTrue(dry.out(), dry.out().contains("Search loses its cache (rollback, owner, team)"));
        CliRun again = run("experiments", "add", "--file", file.toString());
        assertEquals(again.err(), 0, again.exit());
        assertTrue(again.out(), again.out().contains("updated  CHAOS-"));
        assertTrue(again.out(), again.out().endsWith("0 added, 1 updated, 0 already up to date" + System.lineSeparator()));
        String key = keyOf("Search loses its cache");
        assertTrue(jira.descriptions.get(key).contains("flush and warm it"));
    }

    @Test
    public void aFieldEditedInJiraIsNamedAndKeptUnlessForced() throws Exception {
        Path file = tmp.newFile("experiments.yaml").toPath();
        Files.writeString(file, "experiments:\n  - title: Search loses its cache\n    rollback: restart it\n    owner: Bob\n");
        run("experiments", "add", "--file", file.toString());
        String key = keyOf("Search loses its cache");
        jira.editDescription(key, "rewritten by the facilitator in Jira");
        Files.writeString(file, "experiments:\n  - title: Search loses its cache\n    rollback: flush it\n    owner: Bob\n");
        CliRun kept = run("experiments", "add", "--file", file.toString());
        assertEquals(0, kept.exit());
        assertEquals("warning: " + key + ": rollback was edited in Jira since the last add and is kept as it is; "
                + "pass --force to overwrite" + System.lineSeparator(), kept.err());
        assertEquals("rewritten by the facilitator in Jira", jira.descriptions.get(key));
        CliRun forced = run("experiments", "add", "--file", file.toString(), "--force");
        assertTrue(forced.out(), forced.out().contains("(rollback)"));
        assertTrue(jira.descriptions.get(key).contains("flush it"));
    }

    @Test
    public void anEditToTheRollbackIsNamedAndKeptWhileTheOwnerStillChanges() throws Exception {
        Path file = tmp.newFile("experiments.yaml").toPath();
        Files.writeString(file, "experiments:\n  - title: Search loses its cache\n    rollback: restart it\n    owner: Bob\n");
        run("experiments", "add", "--file", file.toString());
        String key = keyOf("Search loses its cache");
        jira.editDescription(key, jira.descriptions.get(key).replace("restart it", "restart it, then warm it from the index"));
        Files.writeString(file, "experiments:\n  - title: Search loses its cache\n    rollback: flush it\n    owner: Carol\n");

        CliRun run = run("experiments", "add", "--file", file.toString());

        assertEquals(run.err(), 0, run.exit());
        assertEquals("warning: " + key + ": rollback was edited in Jira since the last add and is kept as it is; "
                + "pass --force to overwrite" + System.lineSeparator(), run.err());
        assertTrue(run.out(), run.out().contains("Search loses its cache (owner)"));
        assertTrue(jira.descriptions.get(key), jira.descriptions.get(key).contains("restart it, then warm it from the index"));
        assertTrue(jira.descriptions.get(key), jira.descriptions.get(key).contains("Owner (Agent of Chaos): Carol"));
    }

    @Test
    public void aTeamThatIsNotInTheChaosDayIsBadInputListingTheTeams() {
        CliRun run = run("experiments", "add", "--title", "Ledger loses its disk", "--rollback", "remount", "--owner", "Bob",
                "--team", "Ledger");
        assertEquals(2, run.exit());
        assertEquals("add: the team 'Ledger' does not take part in this Chaos Day; its teams: Payments, Search "
                + "(or leave --team out)" + System.lineSeparator(), run.err());
    }

    @Test
    public void anOwnerJiraDoesNotKnowIsAWarning() {
        CliRun run = run("experiments", "add", "--title", "Search loses its cache", "--rollback", "restart", "--owner", "zed");
        assertEquals(0, run.exit());
        assertTrue(run.err(), run.err().contains("is left unassigned: Jira knows no user 'zed'"));
    }

    @Test
    public void aSecurityLevelTheProjectLacksIsBadInput() {
        CliRun run = run("experiments", "add", "--title", "Search loses its cache", "--rollback", "restart", "--owner", "Bob",
                "--security-level", "Agents of Chaos");
        assertEquals(2, run.exit());
        assertEquals("add: project CHAOS has no issue security levels, so 'Agents of Chaos' cannot be set; ask a Jira "
                + "administrator to give the project an issue security scheme, or leave --security-level out"
                + System.lineSeparator(), run.err());
    }

    @Test
    public void aSecurityLevelFromTheFileIsSet() throws Exception {
        jira.securityLevels.put("CHAOS", List.of(new io.chaosday.tracker.SecurityLevel("10100", "Agents of Chaos")));
        Path file = tmp.newFile("experiments.yaml").toPath();
        Files.writeString(file, "securityLevel: Agents of Chaos\nexperiments:\n  - title: Search loses its cache\n"
                + "    rollback: restart it\n    owner: Bob\n");
        assertEquals(0, run("experiments", "add", "--file", file.toString()).exit());
        assertTrue(jira.securityLevelOf.containsValue("10100"));
    }

    @Test
    public void fileAndTitleExcludeEachOther() {
        CliRun run = run("experiments", "add", "--file", "x.yaml", "--title", "y", "--rollback", "r", "--owner", "Bob");
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().contains("mutually exclusive"));
    }

    @Test
    public void listAsJsonCarriesEveryFieldOfTheCard() throws Exception {
        run("experiments", "add", "--title", "Search loses its cache", "--rollback", "restart", "--owner", "Bob",
                "--team", "Search", "--isolation", "parallel", "--restore", "turn the search alerts back on");
        CliRun list = run("experiments", "list", "--format", "json");
        assertEquals(list.err(), 0, list.exit());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(list.out());
        assertEquals(1, json.size());
        assertEquals("Search loses its cache", json.get(0).path("title").asText());
        assertEquals("planned", json.get(0).path("outcome").asText());
        assertEquals("parallel", json.get(0).path("isolation").asText());
        assertEquals("restart", json.get(0).path("rollback").asText());
        assertEquals("turn the search alerts back on", json.get(0).path("restore").asText());
        assertTrue(json.get(0).path("url").asText().startsWith("https://jira.example/browse/CHAOS-"));
    }
}
