package io.chaosday.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

import io.chaosday.cli.CliRun;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.DefaultTexts;
import io.chaosday.plan.SchedulePolicy;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.FakeIssueTracker;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.Before;
import org.junit.Test;

/**
 * One Chaos Day changed on the plugin's page and from the command line, in either order, keeps
 * what neither change named: its name, its weekend and whether it is still provisional.
 */
public class ChangedOnEitherHostTest {

    private static final Clock FEB_2027 = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String NAME = "Payments Chaos Day";

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private ChaosDayCalls page;

    /** Made from the project template: provisional, with a Friday-Saturday weekend. */
    @Before
    public void aProvisionalChaosDayWithAFridaySaturdayWeekend() {
        ChaosDaySpec spec = new ChaosDaySpec(NAME, LocalDate.parse("2027-03-10"), 1, List.of("Team 1", "Team 2"),
                new WorkingCalendar(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), new TreeSet<>()));
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                ChaosDayDefinition.of(spec, SchedulePolicy.DEFAULT, DefaultTexts.TEXTS).withProvisional(true), false),
                Progress.SILENT);
        page = new FacilitatorInJira().resource(jira, mock(io.chaosday.jira.link.ConfluenceForPublishing.class), FEB_2027);
    }

    private ChaosDayDefinition stored() {
        return new ChaosDayFinder(jira).find("CHAOS", Optional.of(ChaosDayId.fromName(NAME))).definition().orElseThrow();
    }

    private void fromTheCommandLine(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("reschedule", "--jira", "https://jira.example", "--project", "CHAOS"));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(FEB_2027, Map.of(), CliRun.connections(jira, null), args.toArray(String[]::new));
        assertEquals(run.err(), 0, run.exit());
    }

    private void onThePage(String body) {
        ChaosDayCalls.Answer answer = page.putDefinition("CHAOS", body);
        assertEquals(answer.json(), 200, answer.status());
    }

    @Test
    public void movedFromTheCommandLineThenOnThePageItKeepsNameWeekendAndIsNoLongerProvisional() {
        fromTheCommandLine("--chaos-day", "2027-03-17");
        assertFalse(stored().provisional());

        onThePage("{\"name\":\"Renamed\",\"chaosDay\":\"2027-03-24\",\"teams\":[\"Team 1\",\"Team 2\"]}");

        ChaosDayDefinition after = stored();
        assertEquals(NAME, after.name());
        assertEquals(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), after.calendar().weekend());
        assertEquals(LocalDate.parse("2027-03-24"), after.chaosDay());
        assertFalse(after.provisional());
    }

    @Test
    public void movedOnThePageThenFromTheCommandLineItKeepsNameWeekendAndTeams() {
        onThePage("{\"chaosDay\":\"2027-03-17\",\"teams\":[\"Payments\",\"Search\"],\"weekend\":[\"fri\",\"Saturday\"]}");
        assertFalse(stored().provisional());

        fromTheCommandLine("--name", NAME, "--chaos-day", "2027-03-24");

        ChaosDayDefinition after = stored();
        assertEquals(NAME, after.name());
        assertEquals(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), after.calendar().weekend());
        assertEquals(List.of("Payments", "Search"), after.teams());
        assertEquals(LocalDate.parse("2027-03-24"), after.chaosDay());
        assertFalse(after.provisional());
    }

    @Test
    public void aRescheduleThatChangesNothingLeavesItProvisional() {
        fromTheCommandLine("--dry-run");
        fromTheCommandLine();

        assertTrue(stored().provisional());
    }
}
