package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.tracker.IssueTypes;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.FakeIssueTracker;
import io.chaosday.workflow.FakeWiki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code improvements:} in the config files sends each team's improvement tickets to its own
 * project, issue type and labels; a route Jira cannot follow is bad input, said in one line, with nothing written.
 */
public class ImprovementsConfigTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS").withProject("PAY");
    private final FakeWiki wiki = new FakeWiki();
    private final Map<String, String> env = new HashMap<>(Map.of("JIRA_URL", "https://jira.example", "JIRA_PROJECT", "CHAOS",
            "CONFLUENCE_URL", "https://wiki.example", "CONFLUENCE_SPACE", "CHAOS"));
    private Path work;

    private CliRun run(String... args) {
        return CliRun.in(work, CliRun.NOV_2026, env, CliRun.connections(jira, wiki), args);
    }

    @Before
    public void aChaosDayOfTwoTeamsWithAnIdeaEach() throws Exception {
        work = tmp.newFolder("work").toPath();
        env.put("HOME", tmp.newFolder("home").toString());
        jira.issueTypes.put("PAY", List.of(new IssueTypes.Offered("1", "Epic", true, true),
                new IssueTypes.Offered("2", "Task", false, true), new IssueTypes.Offered("7", "Story", false, true)));
        assertEquals(0, run("create", "--chaos-day", "2027-03-10", "--team", "Payments", "--team", "Search").exit());
        jira.descriptions.put(jira.byItem("review/Payments").key(), "h2. Improvements\n* Lower the DNS TTL (owner: Alice)\n");
        jira.descriptions.put(jira.byItem("review/Search").key(), "h2. Improvements\n* Cache the index (owner: Bob)\n");
    }

    private TrackedIssue ticket(String summary) {
        return jira.issues.values().stream().filter(i -> i.summary().equals(summary)).findFirst().orElseThrow();
    }

    private int writes() {
        return (int) jira.calls.stream().filter(c -> c.startsWith("createIssues") || c.startsWith("relate")
                || c.startsWith("assign") || c.startsWith("addRemoteLink") || c.startsWith("setProperty")).count();
    }

    @Test
    public void aTeamsRouteInTheWorkingFoldersFileSendsItsTicketsToItsProject() throws Exception {
        Files.writeString(work.resolve(".chaosday.yaml"), """
                improvements:
                  payments:
                    project: PAY
                    type: Story
                    labels: [reliability, follow-up]
                """);

        CliRun publish = run("publish");

        assertEquals(publish.err(), 0, publish.exit());
        TrackedIssue routed = ticket("Lower the DNS TTL");
        assertTrue(routed.key(), routed.key().startsWith("PAY-"));
        assertEquals("7", jira.typeOf.get(routed.key()));
        assertTrue(routed.labels().toString(), routed.labels().containsAll(List.of("reliability", "follow-up")));
        assertTrue(ticket("Cache the index").key().startsWith("CHAOS-"));
        assertTrue(publish.out(), publish.out().contains("improvement ticket  " + routed.key()));
    }

    @Test
    public void statusCountsTheTicketsInTheTeamsProjectToo() throws Exception {
        Files.writeString(work.resolve(".chaosday.yaml"), "improvements:\n  Payments: {project: PAY}\n");
        assertEquals(0, run("publish").exit());
        jira.markDone(ticket("Lower the DNS TTL").identity().orElseThrow().item().key());

        CliRun status = run("status");

        assertEquals(status.err(), 0, status.exit());
        assertTrue(status.out(), status.out().contains("Improvement tickets: 1/2 done"));
    }

    @Test
    public void theUsersOwnFileRoutesWhenTheWorkingFoldersSaysNothingOfImprovements() throws Exception {
        Path user = Path.of(env.get("HOME"), ".config", "chaosday", "config.yaml");
        Files.createDirectories(user.getParent());
        Files.writeString(user, "jira: https://jira.example\nimprovements:\n  Payments: {project: PAY}\n");
        Files.writeString(work.resolve(".chaosday.yaml"), "project: CHAOS\n");

        assertEquals(0, run("publish").exit());

        assertTrue(ticket("Lower the DNS TTL").key().startsWith("PAY-"));
    }

    @Test
    public void anIssueTypeTheProjectLacksIsOneLineExitTwoAndNothingWritten() throws Exception {
        Files.writeString(work.resolve(".chaosday.yaml"), "improvements:\n  Payments:\n    project: PAY\n    type: Bug\n");
        int before = writes();

        CliRun publish = run("publish");

        assertEquals(2, publish.exit());
        assertEquals("publish: team Payments's improvement tickets are to be of type 'Bug', which project PAY does not offer "
                + "(it offers Task, Story); fix 'type:' under 'improvements: Payments:' in the config file" + System.lineSeparator(),
                publish.err());
        assertEquals(before, writes());
        assertTrue(wiki.pages.toString(), wiki.pages.isEmpty());
    }

    @Test
    public void anUnknownProjectIsOneLineExitTwoOnADryRunToo() throws Exception {
        Files.writeString(work.resolve(".chaosday.yaml"), "improvements:\n  Payments: {project: NOPE}\n");

        CliRun publish = run("publish", "--dry-run");

        assertEquals(2, publish.exit());
        assertEquals("publish: team Payments's improvement tickets are to go to project NOPE, which does not exist or you "
                + "cannot see; fix 'project:' under 'improvements: Payments:' in the config file" + System.lineSeparator(),
                publish.err());
    }

    @Test
    public void aMisshapenPartIsBadInputNamingTheFileAndTheFix() throws Exception {
        int before = writes();
        Files.writeString(work.resolve(".chaosday.yaml"), "improvements:\n  Payments:\n    projekt: PAY\n");
        CliRun typo = run("publish");
        assertEquals(2, typo.exit());
        assertEquals("publish: .chaosday.yaml: improvements: Payments: 'projekt' is not a setting; use epic, labels, project, type"
                + System.lineSeparator(), typo.err());

        Files.writeString(work.resolve(".chaosday.yaml"), "improvements:\n  Payments: {project: PAY, labels: [two words]}\n");
        CliRun label = run("publish");
        assertEquals(2, label.exit());
        assertTrue(label.err(), label.err().contains("labels must be words without spaces"));

        Files.writeString(work.resolve(".chaosday.yaml"), "improvements: PAY\n");
        assertEquals(2, run("publish").exit());
        assertEquals(before, writes());
    }

    @Test
    public void initKeepsTheRoutesOfTheUsersFile() throws Exception {
        Path user = Path.of(env.get("HOME"), ".config", "chaosday", "config.yaml");
        Files.createDirectories(user.getParent());
        Files.writeString(user, "jira: https://jira.example\nimprovements:\n  Payments: {project: PAY, labels: [reliability]}\n");

        assertEquals(0, run("init", "--no-input", "--project", "CHAOS").exit());

        String written = Files.readString(user);
        assertTrue(written, written.contains("project: \"CHAOS\"\nimprovements:\n"));
        assertEquals(0, run("publish").exit());
        assertTrue(ticket("Lower the DNS TTL").labels().contains("reliability"));
    }
}
