package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.FakeIssueTracker;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import picocli.CommandLine;

/**
 * A command line that remembers: {@code chaosday init} writes the user's own file, the files and
 * {@code CHAOSDAY_NAME} may say which Chaos Day, and an issue key says it by itself. Options beat
 * the environment, which beats the working folder's file, which beats the user's file.
 */
public class RememberedDefaultsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS").withProject("OTHER");
    private Path work;
    private Path config;
    private final Map<String, String> env = new HashMap<>();

    @Before
    public void aHomeAndAProjectWithTwoChaosDays() throws Exception {
        work = tmp.newFolder("work").toPath();
        config = tmp.newFolder("xdg").toPath();
        env.put("XDG_CONFIG_HOME", config.toString());
        env.put("HOME", tmp.newFolder("home").toPath().toString());
        Map<String, String> setUp = Map.of("JIRA_URL", "https://jira.example", "JIRA_PROJECT", "CHAOS");
        for (String name : new String[] {"Spring Chaos Day", "Autumn Chaos Day"}) {
            CliRun created = CliRun.in(work, CliRun.NOV_2026, setUp, CliRun.connections(jira, null),
                    "create", "--chaos-day", "2027-03-10", "--team", "Payments", "--name", name);
            assertEquals(created.err(), 0, created.exit());
        }
    }

    private CliRun run(String... args) {
        return CliRun.in(work, CliRun.NOV_2026, env, CliRun.connections(jira, null), args);
    }

    private Path userFile() {
        return config.resolve("chaosday/config.yaml");
    }

    /** Runs {@code init} as on a terminal that answers with {@code typed}. */
    private CliRun initOnATerminal(String typed, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "init";
        System.arraycopy(args, 0, all, 1, args.length);
        CommandLine cli = ChaosDayCli.commandLine(CliRun.NOV_2026, env, CliRun.NO_CONNECTIONS, work, all);
        ((InitCommand) cli.getSubcommands().get("init").getCommand()).terminal =
                Optional.of(new BufferedReader(new StringReader(typed)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(all);
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Test
    public void initWithOptionsWritesTheUserFileThatLaterCommandsRead() throws Exception {
        CliRun init = run("init", "--jira", "https://jira.example", "--project", "chaos", "--name", "Spring Chaos Day");
        assertEquals(init.err(), 0, init.exit());
        assertTrue(init.out(), init.out().startsWith("wrote " + userFile()));
        assertEquals("", init.err());

        CliRun status = run("status");

        assertEquals(status.err(), 0, status.exit());
        assertTrue(status.out(), status.out().startsWith("Spring Chaos Day: 2027-03-10"));
    }

    @Test
    public void withoutXdgConfigHomeTheFileIsUnderHomeDotConfig() throws Exception {
        env.remove("XDG_CONFIG_HOME");
        CliRun init = run("init", "--jira", "https://jira.example", "--project", "CHAOS");
        assertEquals(init.err(), 0, init.exit());
        assertTrue(Files.isRegularFile(Path.of(env.get("HOME"), ".config", "chaosday", "config.yaml")));
    }

    @Test
    public void initNeverWritesATokenEvenWhenOneIsInTheEnvironment() throws Exception {
        String token = "pat-NjQ1ODk3MzI0NTY3OnVuaXF1ZQ";
        env.put("JIRA_TOKEN", token);
        env.put("CONFLUENCE_TOKEN", token);
        CliRun init = run("init", "--jira", "https://jira.example", "--project", "CHAOS",
                "--confluence", "https://wiki.example", "--space", "LESSONS");
        assertEquals(init.err(), 0, init.exit());
        String written = Files.readString(userFile());
        assertFalse(written, written.contains(token));
        assertFalse(written, written.matches("(?s).*^(token|password|secret).*"));
        assertFalse(init.out(), init.out().contains(token));
        assertTrue(init.out(), init.out().contains("Tokens are not kept there"));
    }

    @Test
    public void onATerminalInitAsksForEachSettingAndAsksAgainAfterABadAnswer() throws Exception {
        CliRun init = initOnATerminal("jira.example\nhttps://jira.example\nchaos\nhttps://wiki.example\nLESSONS\n\n");
        assertEquals(init.err(), 0, init.exit());
        assertTrue(init.err(), init.err().contains("Jira address (e.g. https://jira.example.com): "));
        assertTrue(init.err(), init.err().contains("--jira 'jira.example' is not a web address"));
        assertEquals("# chaosday's defaults, written by 'chaosday init'. Never put a token here:\n"
                + "# tokens come from JIRA_TOKEN / CONFLUENCE_TOKEN or a token file.\n"
                + "jira: \"https://jira.example\"\nproject: \"CHAOS\"\nconfluence: \"https://wiki.example\"\n"
                + "space: \"LESSONS\"\n", Files.readString(userFile()));
    }

    @Test
    public void runAgainInitKeepsWhatIsNotChangedAndADashClearsIt() throws Exception {
        assertEquals(0, run("init", "--jira", "https://jira.example", "--project", "CHAOS", "--name", "Spring Chaos Day").exit());

        CliRun again = initOnATerminal("\n\n\n-\n", "--project", "OTHER");

        assertEquals(again.err(), 0, again.exit());
        assertTrue(again.err(), again.err().contains("Jira address (e.g. https://jira.example.com) [https://jira.example]"));
        String written = Files.readString(userFile());
        assertTrue(written, written.contains("jira: \"https://jira.example\"\nproject: \"OTHER\"\n"));
        assertFalse(written, written.contains("name:"));
    }

    @Test
    public void withoutATerminalInitAsksNothingAndTakesTheOptions() throws Exception {
        CliRun init = run("init", "--space", "LESSONS");
        assertEquals(init.err(), 0, init.exit());
        assertEquals("", init.err());
        assertTrue(Files.readString(userFile()).endsWith("space: \"LESSONS\"\n"));
    }

    @Test
    public void aBadValueGivenAsAnOptionIsRefusedAndNothingIsWritten() throws Exception {
        CliRun init = run("init", "--jira", "https://jira.example", "--project", "9LIVES");
        assertEquals(2, init.exit());
        assertEquals("init: --project '9LIVES' is not a Jira project key; keys start with a letter and hold letters, "
                + "digits and '_', e.g. CHAOS" + System.lineSeparator(), init.err());
        assertFalse(Files.exists(userFile()));
    }

    @Test
    public void aNameWithQuotesAndColonsReadsBackAsWritten() throws Exception {
        String name = "Team \"A\": the \\ day";
        assertEquals(0, run("init", "--name", name).exit());
        assertEquals(name, ConnectionDefaults.settingsIn(userFile()).get(ConnectionDefaults.Setting.NAME));
    }

    @Test
    public void chaosDayNameInTheEnvironmentPicksOneOfTwoChaosDays() throws Exception {
        env.put("JIRA_URL", "https://jira.example");
        env.put("JIRA_PROJECT", "CHAOS");
        CliRun without = run("status");
        assertEquals(2, without.exit());
        assertTrue(without.err(), without.err().contains("has 2 Chaos Days"));

        env.put("CHAOSDAY_NAME", "Autumn Chaos Day");
        CliRun status = run("status");

        assertEquals(status.err(), 0, status.exit());
        assertTrue(status.out(), status.out().startsWith("Autumn Chaos Day: 2027-03-10"));
    }

    @Test
    public void theNameComesFromTheOptionThenTheEnvironmentThenTheWorkingFolderThenTheUserFile() throws Exception {
        env.put("JIRA_URL", "https://jira.example");
        env.put("JIRA_PROJECT", "CHAOS");
        Files.createDirectories(userFile().getParent());
        Files.writeString(userFile(), "name: Spring Chaos Day\n");
        assertTrue(run("status").out().startsWith("Spring Chaos Day:"));

        Files.writeString(work.resolve(".chaosday.yaml"), "name: Autumn Chaos Day\n");
        assertTrue(run("status").out().startsWith("Autumn Chaos Day:"));

        env.put("CHAOSDAY_NAME", "Spring Chaos Day");
        assertTrue(run("status").out().startsWith("Spring Chaos Day:"));

        CliRun option = run("status", "--name", "Autumn Chaos Day");
        assertTrue(option.err(), option.out().startsWith("Autumn Chaos Day:"));
    }

    @Test
    public void theUserFileIsTheLastPlaceForConnectionsToo() throws Exception {
        Files.createDirectories(userFile().getParent());
        Files.writeString(userFile(), "jira: https://from-user.example\nproject: OTHER\n");
        Files.writeString(work.resolve(".chaosday.yaml"), "project: CHAOS\nname: Spring Chaos Day\n");

        CliRun help = run("status", "--help");

        assertTrue(help.out(), help.out().contains("--jira        https://from-user.example (from " + userFile() + ")"));
        assertTrue(help.out(), help.out().contains("--project     CHAOS (from .chaosday.yaml)"));
        assertTrue(help.out(), help.out().contains("--name        Spring Chaos Day (from .chaosday.yaml)"));
    }

    @Test
    public void createTakesItsNameFromTheDefaultsWhenNotGiven() throws Exception {
        env.put("JIRA_URL", "https://jira.example");
        env.put("JIRA_PROJECT", "OTHER");
        env.put("CHAOSDAY_NAME", "Winter Chaos Day");
        CliRun create = run("create", "--chaos-day", "2027-03-10", "--teams", "1");
        assertEquals(create.err(), 0, create.exit());
        assertTrue(jira.findIssues("OTHER", "chaos-day").stream().map(TrackedIssue::summary).anyMatch(s -> s.equals("Plan: Winter Chaos Day")));
    }

    @Test
    public void anExperimentsIssueKeySaysWhichChaosDayWithoutANameOrAProject() throws Exception {
        Map<String, String> setUp = Map.of("JIRA_URL", "https://jira.example", "JIRA_PROJECT", "CHAOS", "CHAOSDAY_NAME", "Autumn Chaos Day");
        CliRun added = CliRun.in(work, CliRun.NOV_2026, setUp, CliRun.connections(jira, null), "experiments", "add",
                "--title", "Payments API loses its database", "--rollback", "start it again", "--owner", "alice",
                "--team", "Payments");
        assertEquals(added.err(), 0, added.exit());
        String key = added.out().split("\\s+")[1];
        env.put("JIRA_URL", "https://jira.example");

        CliRun outcome = run("experiments", "outcome", "--experiment", key, "--outcome", "resolved-by-team");

        assertEquals(outcome.err(), 0, outcome.exit());
        assertTrue(outcome.out(), outcome.out().startsWith(key + "  Resolved by the owning team"));
    }

    @Test
    public void theRunLogFindsTheChaosDayFromTheIssueKeyToo() throws Exception {
        Map<String, String> setUp = Map.of("JIRA_URL", "https://jira.example", "JIRA_PROJECT", "CHAOS", "CHAOSDAY_NAME", "Spring Chaos Day");
        CliRun added = CliRun.in(work, CliRun.NOV_2026, setUp, CliRun.connections(jira, null), "experiments", "add",
                "--title", "Search loses its cache", "--rollback", "warm it again", "--owner", "bob", "--team", "Payments");
        assertEquals(added.err(), 0, added.exit());
        String key = added.out().split("\\s+")[1];
        env.put("JIRA_URL", "https://jira.example");

        CliRun start = CliRun.in(work, RunLogCommandsTest.ON_THE_DAY, env, CliRun.connections(jira, null),
                "experiments", "start", key, "--at", "10:02");

        assertEquals(start.err(), 0, start.exit());
        assertEquals(1, jira.comments.getOrDefault(key, java.util.List.of()).size());
    }
}
