package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class PlanCommandTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void jsonReproducesThePlaybookWorkedExample() throws Exception {
        CliRun run = CliRun.of("plan", "--chaos-day", "2027-03-10", "--teams", "1", "--format", "json");
        assertEquals(run.err(), 0, run.exit());
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertEquals("2027-03-10", plan.get("chaosDay").asText());
        assertEquals(1, plan.get("days").asInt());
        assertEquals("Team 1", plan.get("teams").get(0).asText());
        assertEquals(10, plan.get("designWindowWorkingDays").asInt());
        List<String> dues = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        for (JsonNode phase : plan.get("phases")) {
            phases.add(phase.get("key").asText());
            for (JsonNode ticket : phase.get("tickets")) {
                dues.add(ticket.get("key").asText() + " " + ticket.get("due").asText());
                assertTrue(ticket.has("team"));
                assertTrue(ticket.get("team").isNull());
            }
        }
        assertEquals(List.of("plan", "execute", "review", "share"), phases);
        assertEquals(List.of("scope 2027-02-15", "kickoff 2027-02-22", "agents 2027-02-23", "shortlist 2027-02-24",
                "confirm 2027-03-03", "prepare 2027-03-09", "chaos-day 2027-03-10", "review 2027-03-15",
                "share 2027-03-29"), dues);
    }

    @Test
    public void tableShowsEveryTicketWithWeekdayAndDistanceFromTheChaosDay() {
        CliRun run = CliRun.of("plan", "--chaos-day", "2027-03-10", "--team", "Payments", "--team", "Search");
        assertEquals(0, run.exit());
        assertTrue(run.out(), run.out().contains("Kick-off and what-if session for Search"));
        assertTrue(run.out(), run.out().contains("2027-02-24  Wed  10 working days before"));
        assertTrue(run.out(), run.out().contains("2027-03-17  Wed  5 working days after"));
    }

    @Test
    public void aDateThatIsNotADateIsOneLineWithTheFix() {
        assertBadInput("--chaos-day '2027-02-30' is not a date; write it as YYYY-MM-DD, for example 2027-03-10",
                "plan", "--chaos-day", "2027-02-30");
    }

    @Test
    public void aWeekendChaosDayNamesTheNextWorkingDay() {
        assertBadInput("the Chaos Day 2027-03-13 (Saturday) is not a working day; the next working day is 2027-03-15 (Monday)",
                "plan", "--chaos-day", "2027-03-13");
    }

    @Test
    public void aHolidayOnTheChaosDayNamesTheNextWorkingDay() {
        assertBadInput("the Chaos Day 2027-03-10 (Wednesday) is not a working day; the next working day is 2027-03-11 (Thursday)",
                "plan", "--chaos-day", "2027-03-10", "--holiday", "2027-03-10");
    }

    @Test
    public void aPlanStartingInThePastListsTheOverdueTickets() {
        CliRun run = CliRun.of("plan", "--chaos-day", "2026-12-02");
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().startsWith("plan: this plan starts in the past: 5 of its tickets would be overdue today (scope 2026-11-09"));
        assertTrue(run.err(), run.err().contains("--allow-past"));
        assertEquals(0, CliRun.of("plan", "--chaos-day", "2026-12-02", "--allow-past").exit());
    }

    @Test
    public void teamCountsOutsideOneToAHundredAreRefused() {
        assertBadInput("--teams must be between 1 and 100, not 0", "plan", "--chaos-day", "2027-03-10", "--teams", "0");
        assertBadInput("--teams must be between 1 and 100, not 101", "plan", "--chaos-day", "2027-03-10", "--teams", "101");
    }

    @Test
    public void daysOutsideOneToFiveAreRefused() {
        assertBadInput("--days must be between 1 and 5 working days, not 6", "plan", "--chaos-day", "2027-03-10", "--days", "6");
        assertBadInput("--days must be 1 or more working days, not 0", "plan", "--chaos-day", "2027-03-10", "--days", "0");
    }

    @Test
    public void duplicateTeamNamesAreRefused() {
        assertBadInput("the team 'payments' is named twice; give each team once",
                "plan", "--chaos-day", "2027-03-10", "--team", "Payments", "--team", "payments");
    }

    @Test
    public void unknownOptionsAndFormatsAreOneLine() {
        CliRun run = CliRun.of("plan", "--chaos-day", "2027-03-10", "--colour");
        assertEquals(2, run.exit());
        assertEquals(1, run.err().lines().count());
        CliRun format = CliRun.of("plan", "--chaos-day", "2027-03-10", "--format", "pdf");
        assertEquals(2, format.exit());
        assertEquals("plan: Invalid value for option '--format': expected one of [TABLE, JSON, CSV, ICS, HTML] "
                + "(case-insensitive) but was 'pdf' (see 'chaosday plan --help')" + System.lineSeparator(), format.err());
    }

    @Test
    public void outWritesEveryFormat() throws Exception {
        Path dir = tmp.getRoot().toPath().resolve("plan");
        CliRun run = CliRun.of("plan", "--chaos-day", "2027-03-10", "--teams", "2", "--out", dir.toString());
        assertEquals(run.err(), 0, run.exit());
        for (OutputFormat format : OutputFormat.values()) {
            assertTrue(format + " written", Files.size(dir.resolve(format.fileName())) > 100);
        }
        try (var files = Files.list(dir)) {
            assertEquals(OutputFormat.values().length, files.count());
        }
    }

    @Test
    public void badInputWritesNoFiles() {
        Path dir = tmp.getRoot().toPath().resolve("never");
        CliRun run = CliRun.of("plan", "--chaos-day", "2027-03-13", "--out", dir.toString());
        assertEquals(2, run.exit());
        assertFalse(Files.exists(dir));
    }

    @Test
    public void holidaysFileWithABadLineNamesTheLine() throws Exception {
        Path file = tmp.newFile("holidays.txt").toPath();
        Files.writeString(file, "# bank holidays\n2027-01-01\n2027-13-01\n");
        assertBadInput(file + " line 3: '2027-13-01' is not a date; write one YYYY-MM-DD per line (is it the right file?)",
                "plan", "--chaos-day", "2027-03-10", "--holidays-file", file.toString());
    }

    private static void assertBadInput(String message, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(run.err(), 2, run.exit());
        assertEquals("plan: " + message + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }
    @Test
    public void aPlanFileSetsTheDateTeamsAndNumbersAndOptionsWinOverIt() throws Exception {
        Path file = tmp.newFile("plan.yaml").toPath();
        Files.writeString(file, "name: Payments Chaos Day\nchaosDay: 2027-03-10\nteams: [Payments, Search]\n"
                + "schedule:\n  prepareBeforeChaosDay: 2\n");
        CliRun run = CliRun.of("plan", "--plan-file", file.toString(), "--format", "json");
        assertEquals(run.err(), 0, run.exit());
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertEquals("Payments Chaos Day", plan.get("name").asText());
        assertEquals("Search", plan.get("teams").get(1).asText());
        assertEquals("2027-03-08", plan.get("phases").get(0).get("tickets").get(6).get("due").asText());
        CliRun moved = CliRun.of("plan", "--plan-file", file.toString(), "--chaos-day", "2027-03-17", "--format", "json");
        assertEquals("2027-03-17", new ObjectMapper().readTree(moved.out()).get("chaosDay").asText());
    }

    @Test
    public void aPlanFileWithANegativeDurationNamesTheLine() throws Exception {
        Path file = tmp.newFile("bad.yaml").toPath();
        Files.writeString(file, "chaosDay: 2027-03-10\nschedule:\n  prepareBeforeChaosDay: -2\n");
        CliRun run = CliRun.of("plan", "--plan-file", file.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().startsWith("plan: " + file + " line 3: "));
        assertEquals(1, run.err().lines().count());
    }

    @Test
    public void aMissingPlanFileSaysSo() {
        assertBadInput("--plan-file /nowhere/plan.yaml does not exist; check the path",
                "plan", "--plan-file", "/nowhere/plan.yaml");
    }
}
