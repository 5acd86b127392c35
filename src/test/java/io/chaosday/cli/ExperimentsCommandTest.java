package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.workflow.FakeIssueTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ExperimentsCommandTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--jira", "https://jira.example", "--project", "CHAOS"}, 0, all, args.length, 4);
        return CliRun.of(CliRun.NOV_2026, Map.of(), CliRun.connections(jira, null), all);
    }

    @Before
    public void createTheChaosDay() {
        assertEquals(0, run("create", "--chaos-day", "2027-03-10").exit());
    }

    @Test
    public void addListAndRecordAnOutcome() throws Exception {
        Path file = tmp.newFile("experiments.yaml").toPath();
        Files.writeString(file, "experiments:\n  - title: Search loses its cache\n    rollback: restart it\n"
                + "    owner: Bob\n    team: Search\n");
        CliRun added = run("experiments", "add", "--file", file.toString());
        assertEquals(added.err(), 0, added.exit());
        assertTrue(added.out(), added.out().endsWith("1 added, 0 already there" + System.lineSeparator()));
        CliRun one = run("experiments", "add", "--title", "Payments loses its database", "--rollback", "start it",
                "--owner", "Alice", "--isolation", "parallel");
        assertTrue(one.out(), one.out().contains("1 added"));
        CliRun outcome = run("experiments", "outcome", "--experiment", "Search loses its cache", "--outcome", "resolved-by-team");
        assertEquals(outcome.err(), 0, outcome.exit());
        CliRun list = run("experiments", "list");
        assertTrue(list.out(), list.out().contains("Resolved by the owning team"));
        assertTrue(list.out(), list.out().contains("Not run"));
        assertTrue(run("experiments", "add", "--file", file.toString()).out().contains("0 added, 1 already there"));
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
}
