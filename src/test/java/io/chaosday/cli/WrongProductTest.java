package io.chaosday.cli;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.http.Credentials;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.CreateChaosDay;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** --jira given a Confluence address, or --confluence a Jira address: the line says which product answered. */
public class WrongProductTest {

    private static final String TOKEN = "wrong-product-secret-5e1a";

    @Test
    public void aConfluenceAddressGivenToJiraIsNamedAsConfluence() throws Exception {
        try (LocalConfluence confluence = new LocalConfluence()) {
            CliRun run = run("status", "--jira", confluence.base().toString(), "--project", "CHAOS");

            assertEquals(run.err(), 2, run.exit());
            assertTrue(run.err(), run.err().contains(confluence.base() + " is Confluence, not Jira; give Jira's address"
                    + " with --jira (or JIRA_URL)"));
            assertEquals(run.err(), 1, run.err().strip().lines().count());
            assertFalse(run.err(), run.err().contains(TOKEN));
        }
    }

    @Test
    public void aJiraAddressGivenToConfluenceIsNamedAsJira() throws Exception {
        try (LocalJira jira = new LocalJira(0)) {
            new CreateChaosDay(JiraRestTracker.connect(RestClient.builder(jira.base(), new Credentials.Bearer("t", "test"))
                    .sleeper(new RecordingSleeper()).build())).run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                    ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1,
                            ChaosDaySpec.numberedTeams(2), WorkingCalendar.mondayToFriday())), false), Progress.SILENT);

            CliRun run = run("publish", "--jira", jira.base().toString(), "--project", "CHAOS",
                    "--confluence", jira.base().toString(), "--space", "OPS");

            assertEquals(run.err(), 2, run.exit());
            assertTrue(run.err(), run.err().contains(jira.base() + " is Jira, not Confluence; give Confluence's address"
                    + " with --confluence (or CONFLUENCE_URL)"));
            assertEquals(run.err(), 1, run.err().strip().lines().count());
            assertFalse(run.err(), run.err().contains(TOKEN));
        }
    }

    private static CliRun run(String... args) {
        PrintStream warnings = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", TOKEN, "CONFLUENCE_TOKEN", TOKEN), new RestConnections(warnings), args);
    }
}
