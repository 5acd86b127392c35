package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.stub.LocalJira;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/** A phase epic a person deleted is made again by the next create, over HTTP, and its open tickets follow it. */
public class RemadeEpicTest {

    @org.junit.Rule
    public final CommandsOnLocalJira commands = new CommandsOnLocalJira("epic-token");

    private LocalJira jira;

    @Before
    public void start() {
        jira = commands.jira();
    }

    private CliRun create() {
        return commands.run("create", "--chaos-day", "2027-03-10", "--teams", "2");
    }

    private List<String> underEpic(String key) {
        return jira.allIssues().stream().filter(i -> i.path("fields").path(LocalJira.epicLinkField()).asText().equals(key))
                .map(i -> i.path("key").asText()).toList();
    }

    private String epic(String summaryStart) {
        return jira.allIssues().stream().filter(i -> i.path("fields").path("summary").asText().startsWith(summaryStart)
                && i.path("fields").path("issuetype").path("name").asText().equals("Epic")).findFirst().orElseThrow().path("key").asText();
    }

    @Test
    public void theOpenTicketsOfADeletedEpicMoveUnderTheEpicMadeAgain() {
        assertEquals(0, create().exit());
        String deleted = epic("Review:");
        int tickets = underEpic(deleted).size();
        assertTrue(tickets > 1);
        jira.deleteIssue(deleted);

        CliRun again = create();

        assertEquals(again.out() + again.err(), 0, again.exit());
        assertTrue(again.out(), again.out().contains("1 created"));
        String remade = epic("Review:");
        assertNotEquals(deleted, remade);
        assertEquals("no ticket is left under the deleted epic", List.of(), underEpic(deleted));
        assertEquals(tickets, underEpic(remade).size());
    }

    @Test
    public void aTicketAPersonPutUnderTheirTeamsOwnEpicStaysThereWhenItsPhaseEpicIsMadeAgain() {
        assertEquals(0, create().exit());
        String deleted = epic("Review:");
        List<String> tickets = underEpic(deleted);
        String teamEpic = jira.addTeamEpic("CHAOS", "Payments team's reliability work");
        String moved = tickets.get(0);
        jira.moveToEpic(moved, teamEpic);
        jira.deleteIssue(deleted);

        CliRun again = create();

        assertEquals(again.out() + again.err(), 0, again.exit());
        assertEquals(List.of(moved), underEpic(teamEpic));
        assertEquals(tickets.size() - 1, underEpic(epic("Review:")).size());
    }
}
