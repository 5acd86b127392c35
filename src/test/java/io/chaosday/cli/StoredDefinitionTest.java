package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.DefinitionProperty;
import io.chaosday.workflow.FakeIssueTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A Chaos Day remembers what defines it: later commands say only what changes. */
public class StoredDefinitionTest {

    /** With three teams and Monday-to-Friday weeks, the kick-offs for a Chaos Day on 2027-06-16 fall on this Monday. */
    private static final LocalDate HOLIDAY = LocalDate.parse("2027-05-31");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args[0], "--jira", "https://jira.example", "--project", "CHAOS"));
        all.addAll(List.of(args).subList(1, args.length));
        return CliRun.of(CliRun.NOV_2026, Map.of(), CliRun.connections(jira, null), all.toArray(String[]::new));
    }

    private List<String> dueOn(LocalDate date) {
        return jira.issues.values().stream().filter(i -> i.due().equals(Optional.of(date)))
                .map(i -> i.identity().orElseThrow().item().key()).sorted().toList();
    }

    @Test
    public void withoutTheHolidayTheKickOffsWouldLandOnIt() {
        assertEquals(0, run("create", "--chaos-day", "2027-06-16", "--teams", "3").exit());
        assertEquals(List.of("kickoff/Team 1", "kickoff/Team 2", "kickoff/Team 3"), dueOn(HOLIDAY));
    }

    @Test
    public void aHolidayGivenToCreateIsKeptWhenRescheduledWithoutIt() {
        CliRun created = run("create", "--chaos-day", "2027-06-09", "--teams", "3", "--holiday", HOLIDAY.toString());
        assertEquals(created.err(), 0, created.exit());
        CliRun moved = run("reschedule", "--chaos-day", "2027-06-16");
        assertEquals(moved.err(), 0, moved.exit());
        assertEquals(List.of(), dueOn(HOLIDAY));
        assertEquals(List.of("kickoff/Team 1", "kickoff/Team 2", "kickoff/Team 3"), dueOn(HOLIDAY.minusDays(3)));
        assertEquals(Optional.of(LocalDate.parse("2027-06-16")), jira.byItem("chaos-day").due());
    }

    @Test
    public void aChaosDayMadeBeforeDefinitionsWereKeptWorksFromTheOptionsAsBefore() {
        assertEquals(0, run("create", "--chaos-day", "2027-06-09", "--teams", "3", "--holiday", HOLIDAY.toString()).exit());
        forgetDefinition();
        CliRun withoutDate = run("reschedule");
        assertEquals(2, withoutDate.exit());
        assertEquals("reschedule: the Chaos Day's date is missing; give it as --chaos-day YYYY-MM-DD" + System.lineSeparator(),
                withoutDate.err());
        CliRun moved = run("reschedule", "--chaos-day", "2027-06-16");
        assertEquals(moved.err(), 0, moved.exit());
        assertEquals("what an older release knew: the teams from the tickets, the calendar from the options",
                List.of("kickoff/Team 1", "kickoff/Team 2", "kickoff/Team 3"), dueOn(HOLIDAY));
        assertTrue(jira.byItem("epic/execute").property(IssueProperties.DEFINITION).isEmpty());
    }

    @Test
    public void optionsGivenAgainWinAndAreKeptForNextTime() {
        assertEquals(0, run("create", "--chaos-day", "2027-06-09", "--teams", "2", "--holiday", HOLIDAY.toString()).exit());
        CliRun moved = run("reschedule", "--chaos-day", "2027-06-15", "--weekend", "FRI,SAT", "--days", "2");
        assertEquals(moved.err(), 0, moved.exit());
        var kept = DefinitionProperty.fromProperty(jira.byItem("epic/execute").property(DefinitionProperty.KEY).orElseThrow())
                .orElseThrow();
        assertEquals(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), kept.calendar().weekend());
        assertEquals(2, kept.days());
        assertEquals(LocalDate.parse("2027-06-15"), kept.chaosDay());
        assertEquals("holidays not given again stay", Set.of(HOLIDAY), kept.calendar().holidays());
        assertEquals(List.of("Team 1", "Team 2"), kept.teams());

        CliRun sameAgain = run("reschedule", "--dry-run");
        assertEquals(sameAgain.err(), 0, sameAgain.exit());
        assertTrue(sameAgain.out(), sameAgain.out().startsWith("0 would be created, 0 would move"));
    }

    @Test
    public void aNameIsShownExactlyAsItWasGiven() throws Exception {
        String name = "Q3 Chaos Day – Zürich & Co";
        CliRun created = run("create", "--chaos-day", "2027-06-09", "--teams", "2", "--name", name);
        assertEquals(created.err(), 0, created.exit());
        CliRun status = run("status");
        assertEquals(status.err(), 0, status.exit());
        assertTrue(status.out(), status.out().startsWith(name + ": 2027-06-09 (Wednesday)"));
        assertTrue(run("status", "--format", "json").out().contains("\"name\" : \"" + name + "\""));

        Path preview = folder.newFolder("preview").toPath();
        CliRun published = run("publish", "--preview", preview.toString());
        assertEquals(published.err(), 0, published.exit());
        List<Path> pages;
        try (var files = Files.list(preview)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertEquals("lessons, two team reviews, team of teams", 4, pages.size());
        for (Path page : pages) {
            String html = Files.readString(page);
            assertTrue(page + ": " + html, html.contains("Q3 Chaos Day – Zürich &amp; Co"));
            assertTrue(page + ": " + html, !html.contains("Zurich Co"));
        }
    }

    private void forgetDefinition() {
        TrackedIssue epic = jira.byItem("epic/execute");
        Map<String, Map<String, String>> properties = new HashMap<>(epic.properties());
        properties.remove(IssueProperties.DEFINITION);
        jira.issues.put(epic.key(), new TrackedIssue(epic.key(), epic.identity(), epic.kind(), epic.summary(), epic.due(),
                epic.done(), epic.status(), epic.assignee(), epic.epicKey(), epic.labels(), properties, epic.description()));
    }
}
