package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.stub.LocalJira;
import org.junit.Before;
import org.junit.Test;

/**
 * A run stopped by Jira after some of its writes landed (a token revoked mid-run) says what it
 * wrote before the one line that says why it stopped: nobody fixing the token is left guessing
 * what is already in Jira.
 */
public class PartialReportTest {

    @org.junit.Rule
    public final org.junit.rules.TemporaryFolder folder = new org.junit.rules.TemporaryFolder();

    @org.junit.Rule
    public final CommandsOnLocalJira commands = new CommandsOnLocalJira("partial-token");

    private LocalJira jira;

    @Before
    public void theStubsJira() {
        jira = commands.jira();
    }

    private CliRun run(String... args) {
        return commands.run(args);
    }

    private CliRun create() {
        return run("create", "--chaos-day", "2027-03-10", "--teams", "2");
    }

    private static long lines(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).count();
    }

    @Test
    public void aTokenRevokedAfterEveryIssueLandedStillListsTheProjectAndEveryIssue() {
        jira.revokeTokenAfter("POST /rest/api/2/issue/bulk", 2); // the epics, then the tickets

        CliRun first = create();

        assertEquals(first.out() + first.err(), 1, first.exit());
        assertEquals("every issue landed", 16, jira.issueCount());
        assertTrue(first.out(), first.out().startsWith("project CHAOS  "));
        assertEquals(first.out(), 16, lines(first.out(), "created  CHAOS-"));
        assertTrue(first.out(), first.out().contains("16 created, then the run stopped"));
        assertEquals("one line of failure, after the progress", 1, lines(first.err(), "create: "));
        assertTrue(first.err(), first.err().strip().lines().reduce((a, b) -> b).orElseThrow()
                .startsWith("create: Jira did not accept the token in JIRA_TOKEN (401)"));
        assertFalse(first.out() + first.err(), (first.out() + first.err()).contains("partial-token"));
    }

    @Test
    public void aTokenRevokedBetweenTheEpicsAndTheTicketsListsTheEpicsMade() {
        jira.revokeTokenAfter("POST /rest/api/2/issue/bulk", 1);

        CliRun first = create();

        assertEquals(first.out() + first.err(), 1, first.exit());
        assertEquals(4, jira.issueCount());
        assertEquals(first.out(), 4, lines(first.out(), "created  CHAOS-"));
        assertTrue(first.out(), first.out().contains("4 created, then the run stopped"));
        assertTrue(first.err(), first.err().contains("(401)"));
    }

    @Test
    public void aRescheduleStoppedAfterItsNewTicketsLandedListsThem() {
        assertEquals(0, create().exit());
        jira.revokeTokenAfter("POST /rest/api/2/issue/bulk", 1); // the new team's tickets, then no more

        CliRun moved = run("reschedule", "--chaos-day", "2027-03-17", "--teams", "3");

        assertEquals(moved.out() + moved.err(), 1, moved.exit());
        assertEquals("Team 3's kick-off and review landed", 18, jira.issueCount());
        assertEquals(moved.out(), 2, lines(moved.out(), "created  CHAOS-"));
        assertTrue(moved.out(), moved.out().contains("2 created, then the run stopped"));
        assertTrue(moved.err(), moved.err().contains("reschedule: Jira did not accept the token in JIRA_TOKEN (401)"));
    }

    @Test
    public void aRescheduleStoppedWhileMovingDueDatesSaysTheyMayHaveMoved() {
        assertEquals(0, create().exit());
        jira.revokeTokenAfter("PUT /rest/api/2/issue/", 1);

        CliRun moved = run("reschedule", "--chaos-day", "2027-03-17");

        assertEquals(moved.out() + moved.err(), 1, moved.exit());
        assertTrue(moved.out(), lines(moved.out(), "may have moved  CHAOS-") > 0);
        assertEquals(moved.out(), 0, lines(moved.out(), "moved  "));
        assertTrue(moved.err(), moved.err().contains("(401)"));
    }

    @Test
    public void anExperimentsAddStoppedAfterItsTicketsLandedListsThem() throws Exception {
        assertEquals(0, create().exit());
        java.nio.file.Path file = folder.newFile("experiments.yaml").toPath();
        java.nio.file.Files.writeString(file, """
                experiments:
                  - title: Payments loses its database
                    rollback: start it again
                    owner: alice
                  - title: Search loses its cache
                    rollback: restart the cache
                    owner: bob
                """);
        jira.revokeTokenAfter("POST /rest/api/2/issue/bulk", 1); // the tickets land; assigning them is refused

        CliRun added = run("experiments", "add", "--file", file.toString());

        assertEquals(added.out() + added.err(), 1, added.exit());
        assertEquals(18, jira.issueCount());
        assertEquals(added.out(), 2, lines(added.out(), "added  CHAOS-"));
        assertTrue(added.out(), added.out().contains("2 added, 0 updated, then the run stopped"));
        assertTrue(added.err(), added.err().contains("add: Jira did not accept the token in JIRA_TOKEN (401)"));
    }

    @Test
    public void aTokenRefusedBeforeAnyWriteReportsNothingAsMade() {
        jira.revokeTokenAfter("GET /rest/api/2/project", 1);

        CliRun first = create();

        assertEquals(first.out() + first.err(), 1, first.exit());
        assertEquals(0, jira.issueCount());
        assertEquals("", first.out());
        assertTrue(first.err(), first.err().contains("(401)"));
    }
}
