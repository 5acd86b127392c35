package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.Test;

/** A password written inside an address is never shown: not in help, not in failures. */
public class UrlPasswordMaskedTest {

    private static final String SECRET = "s3cret-pw";

    @Test
    public void helpShowsTheDefaultAddressWithoutItsPassword() {
        CliRun help = CliRun.of(CliRun.NOV_2026, Map.of("JIRA_URL", "https://alice:" + SECRET + "@jira.example"),
                CliRun.NO_CONNECTIONS, "status", "--help");

        assertFalse(help.out() + help.err(), (help.out() + help.err()).contains(SECRET));
        assertTrue(help.out(), help.out().contains("https://alice:****@jira.example"));
    }

    @Test
    public void aRefusedAddressIsQuotedWithoutItsPassword() {
        CliRun run = CliRun.of(CliRun.NOV_2026, Map.of(), CliRun.NO_CONNECTIONS,
                "status", "--jira", "https://alice:" + SECRET + "@jira.example/?x=1", "--project", "CHAOS");

        assertEquals(2, run.exit());
        assertFalse(run.err(), run.err().contains(SECRET));
        assertTrue(run.err(), run.err().contains("alice:****@jira.example"));
    }
}
