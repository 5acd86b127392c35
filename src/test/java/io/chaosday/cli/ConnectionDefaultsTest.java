package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Wiki;
import io.chaosday.workflow.FakeIssueTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ConnectionDefaultsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS").withProject("OTHER");
    private final List<String> connectedTo = new ArrayList<>();

    private final Connections recording = new Connections() {
        @Override
        public IssueTracker jira(JiraOptions options, Map<String, String> environment) {
            connectedTo.add(options.uri() + " " + options.projectKey());
            return jira;
        }

        @Override
        public Wiki confluence(ConfluenceOptions options, Map<String, String> environment) {
            throw new AssertionError("not in this test");
        }
    };

    private CliRun run(Map<String, String> env, String... args) throws Exception {
        return CliRun.in(tmp.getRoot().toPath(), CliRun.NOV_2026, env, recording, args);
    }

    private void configFile(String text) throws Exception {
        Files.writeString(tmp.getRoot().toPath().resolve(".chaosday.yaml"), text);
    }

    @Test
    public void theEnvironmentIsEnoughToConnect() throws Exception {
        Map<String, String> env = Map.of("JIRA_URL", "https://jira.example", "JIRA_PROJECT", "chaos");
        assertEquals(0, run(env, "create", "--chaos-day", "2027-03-10").exit());
        CliRun status = run(env, "status");
        assertEquals(status.err(), 0, status.exit());
        assertEquals(List.of("https://jira.example CHAOS", "https://jira.example CHAOS"), connectedTo);
    }

    @Test
    public void optionsBeatTheEnvironmentWhichBeatsTheConfigFile() throws Exception {
        configFile("jira: https://from-file.example\nproject: OTHER\n");
        run(Map.of(), "create", "--chaos-day", "2027-03-10");
        run(Map.of("JIRA_URL", "https://from-env.example"), "create", "--chaos-day", "2027-03-10");
        run(Map.of("JIRA_URL", "https://from-env.example"), "create", "--chaos-day", "2027-03-10",
                "--jira", "https://from-option.example", "--project", "CHAOS");
        assertEquals(List.of("https://from-file.example OTHER", "https://from-env.example OTHER",
                "https://from-option.example CHAOS"), connectedTo);
    }

    @Test
    public void configOptionNamesAnotherFile() throws Exception {
        Path file = tmp.newFile("team.yaml").toPath();
        Files.writeString(file, "jira: https://named.example\nproject: CHAOS\n");
        assertEquals(0, run(Map.of(), "create", "--chaos-day", "2027-03-10", "--config", file.toString()).exit());
        assertEquals(List.of("https://named.example CHAOS"), connectedTo);
        CliRun missing = run(Map.of(), "status", "--config", file + ".gone");
        assertEquals(2, missing.exit());
        assertEquals("status: --config " + file + ".gone does not exist; check the path" + System.lineSeparator(), missing.err());
    }

    @Test
    public void aTokenInTheConfigFileIsRefused() throws Exception {
        configFile("jira: https://jira.example\nproject: CHAOS\ntoken: s3cret-value\n");
        CliRun run = run(Map.of(), "status");
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().startsWith("status: .chaosday.yaml must not hold a token ('token')"));
        assertFalse(run.err(), run.err().contains("s3cret-value"));
        assertTrue(connectedTo.isEmpty());
    }

    @Test
    public void anUnknownKeyInTheConfigFileListsTheKnownOnes() throws Exception {
        configFile("jira_url: https://jira.example\n");
        CliRun run = run(Map.of(), "status");
        assertEquals(2, run.exit());
        assertEquals("status: .chaosday.yaml: 'jira_url' is not a setting; use confluence, improvements, jira, name, project, space"
                + System.lineSeparator(), run.err());
    }

    @Test
    public void withoutJiraAnywhereTheMessageSaysAllThreeWays() throws Exception {
        CliRun run = run(Map.of("JIRA_PROJECT", "CHAOS"), "status");
        assertEquals(2, run.exit());
        assertEquals("status: --jira URL is missing; give it, set JIRA_URL, or put 'jira: URL' in .chaosday.yaml (or in your own file: chaosday init)"
                + System.lineSeparator(), run.err());
    }

    @Test
    public void helpShowsEachDefaultAndWhereItComesFrom() throws Exception {
        configFile("project: CHAOS\nspace: LESSONS\n");
        CliRun help = run(Map.of("JIRA_URL", "https://jira.example"), "publish", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out(), help.out().contains("--jira        https://jira.example (from JIRA_URL)"));
        assertTrue(help.out(), help.out().contains("--project     CHAOS (from .chaosday.yaml)"));
        assertTrue(help.out(), help.out().contains("--space       LESSONS (from .chaosday.yaml)"));
        assertTrue(help.out(), help.out().contains("--confluence  not set (CONFLUENCE_URL, or 'confluence:' in the config file)"));
        assertFalse("plan does not connect", CliRun.of("plan", "--help").out().contains("Defaults in effect"));
    }

    @Test
    public void helpSaysWhereEachTokenComesFromButNeverShowsIt() throws Exception {
        String token = "pat-NjQ1ODk3MzI0NTY3OnVuaXF1ZQ";
        CliRun help = run(Map.of("JIRA_TOKEN", token, "CONFLUENCE_TOKEN", token, "CONFLUENCE_USER", "ana@example.com"),
                "publish", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out(), help.out().contains("token         JIRA_TOKEN, set, sent as a bearer token (Data Center)"));
        assertTrue(help.out(), help.out().contains(
                "conf. token   CONFLUENCE_TOKEN, set, sent with CONFLUENCE_USER ana@example.com (Cloud)"));
        assertFalse(help.out(), help.out().contains(token));
        assertFalse(help.err(), help.err().contains(token));
    }

    @Test
    public void helpWithoutATokenSaysHowToGiveOne() throws Exception {
        CliRun help = run(Map.of(), "status", "--help");
        assertTrue(help.out(), help.out().contains("token         not set (JIRA_TOKEN, or JIRA_TOKEN_FILE naming a file)"));
        assertFalse("status does not talk to Confluence", help.out().contains("conf. token"));
    }
}
