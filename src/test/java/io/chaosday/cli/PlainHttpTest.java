package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.stub.LocalJira;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.Test;

/** Plain http:// to another host would carry the token in clear: refused unless asked for, then warned about. */
public class PlainHttpTest {

    private static final String TOKEN = "plain-http-secret-0c7d";

    @Test
    public void plainHttpToAnotherHostIsRefusedBeforeAnythingIsSent() {
        CliRun run = run("status", "--jira", "http://jira.example.com", "--project", "CHAOS");

        assertEquals(run.err(), 2, run.exit());
        assertTrue(run.err(), run.err().contains("--jira http://jira.example.com is plain http: the token would cross the"
                + " network unencrypted; use https://, or pass --allow-insecure-http"));
        assertFalse(run.err(), run.err().contains(TOKEN));
    }

    @Test
    public void plainHttpToConfluenceIsRefusedToo() {
        CliRun run = run("publish", "--jira", "https://jira.example.com", "--project", "CHAOS",
                "--confluence", "http://wiki.example.com", "--space", "OPS");

        assertEquals(run.err(), 2, run.exit());
        assertTrue(run.err(), run.err().contains("--confluence http://wiki.example.com is plain http"));
    }

    @Test
    public void plainHttpAllowedByNameGoesAheadWithAWarning() {
        // No token in the environment: the run stops at the credentials, after the address was accepted.
        CliRun run = CliRun.of(CliRun.NOV_2026, Map.of(),
                new RestConnections(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)),
                "status", "--jira", "http://jira.example.com", "--project", "CHAOS", "--allow-insecure-http");

        assertTrue(run.err(), run.err().startsWith("warning: --jira http://jira.example.com is plain http; the token and all"
                + " data cross the network unencrypted"));
        assertTrue(run.err(), run.err().contains("no Jira token"));
    }

    @Test
    public void plainHttpToThisMachineNeedsNoPermission() throws Exception {
        try (LocalJira jira = new LocalJira(0)) {
            CliRun run = run("status", "--jira", jira.base().toString(), "--project", "CHAOS");

            assertFalse(run.err(), run.err().contains("plain http"));
        }
    }

    @Test
    public void loopbackAddressesNeedNoPermission() {
        for (String host : new String[] {"localhost", "127.0.0.1", "127.1.2.3", "[::1]"}) {
            assertTrue(host, PlainHttp.isLoopback(host));
        }
        for (String host : new String[] {"127.0.0.1.example.com", "localhost.example.com", "10.0.0.1", "jira"}) {
            assertFalse(host, PlainHttp.isLoopback(host));
        }
    }

    @Test
    public void aJiraAddressWithAQueryOrFragmentIsBadInput() {
        for (String address : new String[] {"https://jira.example.com/?x=1", "https://jira.example.com/#top"}) {
            CliRun run = run("status", "--jira", address, "--project", "CHAOS");

            assertEquals(run.err(), 2, run.exit());
            assertTrue(run.err(), run.err().contains("has a query or fragment ('?' or '#'); give only the site's address"));
            assertEquals(run.err(), 1, run.err().strip().lines().count());
        }
    }

    @Test
    public void maxTimeOutsideItsRangeIsBadInput() {
        CliRun run = run("status", "--jira", "https://jira.example.com", "--project", "CHAOS", "--max-time", "0");

        assertEquals(run.err(), 2, run.exit());
        assertTrue(run.err(), run.err().contains("--max-time 0 is not a number of minutes from 1 to 1440"));
    }

    private static CliRun run(String... args) {
        PrintStream warnings = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", TOKEN, "CONFLUENCE_TOKEN", TOKEN), new RestConnections(warnings), args);
    }
}
