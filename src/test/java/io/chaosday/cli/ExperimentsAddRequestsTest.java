package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.stub.LocalJira;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code experiments add} against a local Jira Data Center, counted at the HTTP level: forty new
 * experiments on a 20-team Chaos Day cost at most 15 requests, because each ticket is created
 * assigned to its owner and carrying its card, and what edit detection needs is read back in one
 * search; nothing is written twice when Jira holds what was sent.
 */
public class ExperimentsAddRequestsTest {

    private static final int EXPERIMENTS = 40;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @org.junit.Rule
    public final CommandsOnLocalJira commands = new CommandsOnLocalJira("requests-token");

    private LocalJira jira;

    @Before
    public void theStubsJira() {
        jira = commands.jira();
    }

    /** What was sent (the create with its assignee, the read-back search) and answered is what the DC 10.3 document declares. */
    @After
    public void everyRequestFollowsTheContract() {
        io.chaosday.rest.OpenApiContract.jiraDataCenter().assertHonoured(jira.exchanges());
    }

    private CliRun run(String... args) {
        return commands.run(args);
    }

    private Path experiments(String... owners) throws Exception {
        StringBuilder yaml = new StringBuilder("experiments:\n");
        for (int n = 1; n <= EXPERIMENTS; n++) {
            yaml.append("  - {title: Service %d loses its database, rollback: start it again, owner: %s, team: Team %d}\n"
                    .formatted(n, owners[n % owners.length], 1 + n % 20));
        }
        Path file = tmp.newFile().toPath();
        Files.writeString(file, yaml.toString());
        return file;
    }

    private List<String> assigneesOfExperiments() {
        return jira.allIssues().stream().filter(i -> i.path("fields").path("labels").toString().contains("\"chaos-experiment\""))
                .map(i -> i.path("fields").path("assignee").path("name").asText("")).toList();
    }

    @Test
    public void fortyNewExperimentsOfUserNameOwnersOnATwentyTeamChaosDayTakeAtMostFifteenRequests() throws Exception {
        assertEquals(0, run("create", "--chaos-day", "2027-03-10", "--teams", "20").exit());
        String[] owners = {"agent1", "agent2", "agent3", "agent4", "agent5", "agent6", "agent7", "agent8", "agent9", "agent10"};
        Path file = experiments(owners);
        jira.resetCount();

        CliRun add = run("experiments", "add", "--file", file.toString());

        assertEquals(add.out() + add.err(), 0, add.exit());
        assertTrue(add.out(), add.out().contains(EXPERIMENTS + " added"));
        assertTrue(jira.requests() + " requests: " + jira.log(), jira.requests() <= 15);
        assertEquals("the Chaos Day is read once: " + jira.log(), 1, jira.log().stream()
                .filter(r -> r.endsWith("/properties/io.chaosday.definition") && r.startsWith("GET ")).count());
        List<String> assignees = assigneesOfExperiments();
        assertEquals(EXPERIMENTS, assignees.size());
        for (int n = 1; n <= EXPERIMENTS; n++) {
            assertTrue(assignees.toString(), assignees.contains(owners[n % owners.length]));
        }
        assertTrue("no owner is looked up, nor any ticket written after its create: " + jira.log(), jira.log().stream()
                .filter(r -> !r.endsWith("/properties/" + io.chaosday.tracker.IssueProperties.CARDS)) // the Execute epic's card index
                .noneMatch(r -> r.startsWith("GET /rest/api/2/user") || r.startsWith("PUT ")));
    }

    @Test
    public void addingTheSameExperimentsAgainWritesNothingAndSaysTheyAreUpToDate() throws Exception {
        assertEquals(0, run("create", "--chaos-day", "2027-03-10", "--teams", "20").exit());
        Path file = experiments("agent1", "agent2");
        assertEquals(0, run("experiments", "add", "--file", file.toString()).exit());
        jira.resetCount();

        CliRun again = run("experiments", "add", "--file", file.toString());

        assertEquals(again.out() + again.err(), 0, again.exit());
        assertTrue(again.out(), again.out().contains("0 added, 0 updated, " + EXPERIMENTS + " already up to date"));
        assertEquals(jira.log().toString(), List.of(), jira.log().stream()
                .filter(r -> r.startsWith("PUT ") || r.startsWith("POST /rest/api/2/issue")).toList());
    }

    @Test
    public void anOwnerJiraDoesNotKnowLeavesOnlyTheirTicketsUnassignedWithAWarningNamingThem() throws Exception {
        assertEquals(0, run("create", "--chaos-day", "2027-03-10", "--teams", "20").exit());
        jira.withUnknownUsers("mallory");
        Path file = experiments("agent1", "mallory");

        CliRun add = run("experiments", "add", "--file", file.toString());

        assertEquals(add.out() + add.err(), 0, add.exit());
        assertTrue(add.out(), add.out().contains(EXPERIMENTS + " added"));
        List<String> assignees = assigneesOfExperiments();
        assertEquals(EXPERIMENTS / 2, assignees.stream().filter("agent1"::equals).count());
        assertEquals(EXPERIMENTS / 2, assignees.stream().filter(String::isEmpty).count());
        assertEquals(add.err(), EXPERIMENTS / 2, add.err().lines()
                .filter(l -> l.startsWith("warning: ") && l.contains("left unassigned") && l.contains("'mallory'")).count());
        assertEquals("the unknown owner is looked up once", 1, jira.log().stream().filter(r -> r.startsWith("GET /rest/api/2/user")).count());

        CliRun again = run("experiments", "add", "--file", file.toString());
        assertTrue(again.out(), again.out().contains(EXPERIMENTS + " already up to date"));
    }
}
