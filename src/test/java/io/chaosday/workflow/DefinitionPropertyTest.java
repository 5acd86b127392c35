package io.chaosday.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.DefaultTexts;
import io.chaosday.plan.Phase;
import io.chaosday.plan.SchedulePolicy;
import io.chaosday.plan.Step;
import io.chaosday.plan.TicketText;
import io.chaosday.plan.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.Test;

public class DefinitionPropertyTest {

    private static final ChaosDayDefinition EVERYTHING = new ChaosDayDefinition("Q3 Chaos Day – Zürich & Co",
            LocalDate.parse("2027-06-09"), 2, List.of("Payments", "Search, \"Ranking\""),
            new WorkingCalendar(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                    new TreeSet<>(List.of(LocalDate.parse("2027-05-31"), LocalDate.parse("2027-06-01")))),
            new SchedulePolicy(15, 5, 2, 20, 5, 2, 1, 5, 2, 3, 5, 10, 5),
            DefaultTexts.TEXTS.with(Step.KICKOFF, new TicketText("Kick-off with {team}", "Meet.", List.of("Room booked")))
                    .with(Phase.SHARE, new TicketText("Tell everyone about {name}", "", List.of())),
            true);

    @Test
    public void aDefinitionReadsBackAsItWasKept() {
        assertEquals(Optional.of(EVERYTHING), DefinitionProperty.fromProperty(DefinitionProperty.toProperty(EVERYTHING)));
        ChaosDayDefinition plain = CreateChaosDayTest.definition("2027-03-10", 3);
        assertEquals(Optional.of(plain), DefinitionProperty.fromProperty(DefinitionProperty.toProperty(plain)));
    }

    @Test
    public void aTimeZoneIsKeptWhenOneIsNamedAndADefinitionWithoutOneKeepsItsOldLayout() {
        ChaosDayDefinition plain = CreateChaosDayTest.definition("2027-03-10", 3);
        ChaosDayDefinition zoned = new ChaosDayDefinition(plain.name(), plain.chaosDay(), plain.days(), plain.teams(), plain.calendar(),
                plain.policy(), plain.texts(), false, Optional.of(java.time.ZoneId.of("Asia/Kolkata")));

        assertEquals("Asia/Kolkata", DefinitionProperty.toProperty(zoned).get("timeZone"));
        assertEquals(Optional.of(zoned), DefinitionProperty.fromProperty(DefinitionProperty.toProperty(zoned)));
        assertTrue(!DefinitionProperty.toProperty(plain).containsKey("timeZone"));
        Map<String, String> unknown = new HashMap<>(DefinitionProperty.toProperty(zoned));
        unknown.put("timeZone", "Mars/Olympus_Mons");
        assertEquals("a zone this Java does not know reads as none", Optional.of(plain),
                DefinitionProperty.fromProperty(unknown).map(d -> d.withProvisional(plain.provisional())));
    }

    @Test
    public void onlyTextsThatDifferFromTheDefaultsAreKept() {
        String texts = DefinitionProperty.toProperty(EVERYTHING).get("texts");
        assertTrue(texts, texts.contains("Kick-off with {team}") && texts.contains("Tell everyone"));
        assertTrue(texts, !texts.contains("Scope and time-frame agreed"));
        assertEquals("{\"phases\":{},\"tickets\":{}}",
                DefinitionProperty.toProperty(CreateChaosDayTest.definition("2027-03-10", 3)).get("texts"));
    }

    @Test
    public void aPropertyWithoutAVersionOrFromANewerLayoutIsNotRead() {
        Map<String, String> kept = new HashMap<>(DefinitionProperty.toProperty(EVERYTHING));
        kept.put("version", Integer.toString(DefinitionProperty.VERSION + 1));
        assertEquals(Optional.empty(), DefinitionProperty.fromProperty(kept));
        kept.remove("version");
        assertEquals(Optional.empty(), DefinitionProperty.fromProperty(kept));
        assertEquals(Optional.empty(), DefinitionProperty.fromProperty(Map.of("version", "1", "name", "x")));
    }

    @Test
    public void scheduleNumbersLeftOutKeepTheirDefaults() {
        Map<String, String> kept = new HashMap<>(DefinitionProperty.toProperty(EVERYTHING));
        kept.put("schedule", "{\"designWindowBase\": 12}");
        assertEquals(12, DefinitionProperty.fromProperty(kept).orElseThrow().policy().designWindowBase());
        assertEquals(SchedulePolicy.DEFAULT.shareAfterReview(),
                DefinitionProperty.fromProperty(kept).orElseThrow().policy().shareAfterReview());
    }

    @Test
    public void createKeepsTheDefinitionOnTheExecuteEpicOnceAndRescheduleUpdatesIt() {
        FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
        ChaosDayDefinition first = CreateChaosDayTest.definition("2027-03-10", 2);
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), first, false),
                io.chaosday.tracker.Progress.SILENT);
        ChaosDayIssues found = new ChaosDayFinder(jira).find("CHAOS", CreateChaosDayTest.ID);
        assertEquals(Optional.of(first), found.definition());
        assertTrue(jira.byItem("epic/execute").property(DefinitionProperty.KEY).isPresent());

        int calls = jira.calls.size();
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), first, false),
                io.chaosday.tracker.Progress.SILENT);
        assertTrue(jira.calls.subList(calls, jira.calls.size()).stream().noneMatch(c -> c.startsWith("setProperty")));

        ChaosDayDefinition moved = CreateChaosDayTest.definition("2027-03-17", 2);
        new RescheduleChaosDay(jira).run("CHAOS", found, moved, true, io.chaosday.tracker.Progress.SILENT);
        assertEquals(Optional.of(first), new ChaosDayFinder(jira).find("CHAOS", CreateChaosDayTest.ID).definition());
        new RescheduleChaosDay(jira).run("CHAOS", found, moved, false, io.chaosday.tracker.Progress.SILENT);
        assertEquals(Optional.of(moved), new ChaosDayFinder(jira).find("CHAOS", CreateChaosDayTest.ID).definition());
    }
}
