package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.stub.LocalJira;
import io.chaosday.stub.LocalJira.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** What follows a create is derived from what Jira holds, so an answer that never came loses none of it. */
public class LostAnswerFollowUpsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @org.junit.Rule
    public final CommandsOnLocalJira commands = new CommandsOnLocalJira("follow-up-token");

    private LocalJira jira;

    @Before
    public void theStubsJira() {
        jira = commands.jira();
    }

    private CliRun run(String... args) {
        return commands.run(args);
    }

    private List<String> assigneesOfExperiments() {
        return jira.allIssues().stream().filter(i -> i.path("fields").path("labels").toString().contains("\"chaos-experiment\""))
                .map(i -> i.path("fields").path("assignee").path("name").asText("")).sorted().toList();
    }

    @Test
    public void anExperimentsAddWhoseCreateAnswerWasLostLeavesEveryExperimentAssigned() throws Exception {
        assertEquals(0, run("create", "--chaos-day", "2027-03-10", "--teams", "2").exit());
        Path file = tmp.newFile("experiments.yaml").toPath();
        Files.writeString(file, "experiments:\n"
                + "  - {title: Search loses its cache, rollback: restart it, owner: bob, team: Team 1}\n"
                + "  - {title: Payments loses its database, rollback: start it, owner: alice, team: Team 2}\n");
        jira.failNext("POST /rest/api/2/issue/bulk", Fault.DROP_AFTER_WRITE);

        CliRun first = run("experiments", "add", "--file", file.toString());
        CliRun again = run("experiments", "add", "--file", file.toString());

        assertEquals(0, jira.faultsLeft());
        assertEquals(first.out() + first.err(), 0, first.exit());
        assertEquals(List.of("alice", "bob"), assigneesOfExperiments());
        assertEquals(again.out() + again.err(), 0, again.exit());
        assertTrue(again.out(), again.out().contains("2 already up to date"));
        assertEquals(18, jira.issueCount());
    }

    @Test
    public void addingExperimentsReadsNoReviewPageProperty() throws Exception {
        assertEquals(0, run("create", "--chaos-day", "2027-03-10", "--teams", "20").exit());
        Path file = tmp.newFile("experiments.yaml").toPath();
        Files.writeString(file, "experiments:\n  - {title: Search loses its cache, rollback: restart it, owner: bob, team: Team 1}\n");
        jira.resetCount();

        CliRun add = run("experiments", "add", "--file", file.toString());

        assertEquals(add.out() + add.err(), 0, add.exit());
        assertEquals(jira.log().toString(), List.of(), jira.log().stream().filter(r -> r.contains("io.chaosday.page")).toList());
    }
}
