package io.chaosday.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.cli.CliRun;
import io.chaosday.jira.link.ConfluenceForPublishing;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.FakeIssueTracker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** The command line's {@code status --format json} and the plugin's status answer are one JSON. */
public class OneStatusAnswerTest {

    private static final Clock FEB_24 = Clock.fixed(Instant.parse("2027-02-24T09:00:00Z"), ZoneOffset.UTC);

    @Test
    public void theCommandLineAndThePluginAnswerTheSameStatus() throws Exception {
        FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), ChaosDayDefinition.withDefaults(
                new ChaosDaySpec("Payments Chaos Day", LocalDate.parse("2027-03-10"), 1, List.of("Payments", "Search"),
                        WorkingCalendar.mondayToFriday())), false), Progress.SILENT);
        jira.markDone("kickoff/Payments");

        CliRun cli = CliRun.of(FEB_24, Map.of(), CliRun.connections(jira, null),
                "status", "--jira", "https://jira.example", "--project", "CHAOS", "--format", "json");
        ChaosDayCalls.Answer plugin = new FacilitatorInJira().resource(jira, mock(ConfluenceForPublishing.class), FEB_24)
                .getStatus("CHAOS");

        assertEquals(cli.err(), 0, cli.exit());
        assertEquals(plugin.json(), 200, plugin.status());
        JsonNode fromCli = new ObjectMapper().readTree(cli.out());
        assertEquals(new ObjectMapper().readTree(plugin.json()), fromCli);
        assertTrue(fromCli.toString(), fromCli.path("overdue").size() > 0 && fromCli.path("dueThisWeek").size() > 0);
        new ChaosDayRestContract().assertAccepts(com.atlassian.oai.validator.model.Request.Method.GET, "/project/CHAOS/status",
                null, 200, cli.out());
    }
}
