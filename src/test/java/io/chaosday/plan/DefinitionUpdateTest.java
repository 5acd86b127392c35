package io.chaosday.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/** A change to a Chaos Day is merged by one set of rules, whichever host it was typed into. */
public class DefinitionUpdateTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-01-04");
    private static final Set<DayOfWeek> FRIDAY_SATURDAY = EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private static final ChaosDayDefinition STORED = new ChaosDayDefinition("Payments Chaos Day", LocalDate.parse("2027-03-10"),
            2, List.of("Payments", "Search"), new WorkingCalendar(FRIDAY_SATURDAY, new TreeSet<>(Set.of(LocalDate.parse("2027-02-01")))),
            new SchedulePolicy(12, 5, 2, 20, 5, 2, 1, 5, 1, 3, 5, 10, 5), DefaultTexts.TEXTS, true);

    private static DefinitionUpdate date(String date) {
        return new DefinitionUpdate(Optional.empty(), Optional.of(LocalDate.parse(date)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static ChaosDayDefinition accepted(DefinitionUpdate.Outcome outcome) {
        assertTrue(outcome.toString(), outcome instanceof DefinitionUpdate.Outcome.Accepted);
        return outcome.orElseThrow();
    }

    private static PlanProblem refused(DefinitionUpdate.Outcome outcome) {
        assertTrue(outcome.toString(), outcome instanceof DefinitionUpdate.Outcome.Refused);
        return ((DefinitionUpdate.Outcome.Refused) outcome).problem();
    }

    @Test
    public void whatIsLeftOutKeepsTheStoredValue() {
        ChaosDayDefinition moved = accepted(date("2027-03-17").apply(Optional.of(STORED), List.of(), TODAY,
                DefinitionLimits.Past.ALLOWED));

        assertEquals(LocalDate.parse("2027-03-17"), moved.chaosDay());
        assertEquals(STORED.days(), moved.days());
        assertEquals(STORED.teams(), moved.teams());
        assertEquals(STORED.calendar(), moved.calendar());
        assertEquals(STORED.policy(), moved.policy());
    }

    private static DefinitionUpdate zone(String typed) {
        return new DefinitionUpdate(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(typed));
    }

    @Test
    public void aTimeZoneGivenIsKeptUntilAnotherIsGivenAndABlankOneGoesBackToTheDefault() {
        ChaosDayDefinition berlin = accepted(zone(" Europe/Berlin ").apply(Optional.of(STORED), List.of(), TODAY,
                DefinitionLimits.Past.ALLOWED));
        ChaosDayDefinition moved = accepted(date("2027-03-17").apply(Optional.of(berlin), List.of(), TODAY,
                DefinitionLimits.Past.ALLOWED));
        ChaosDayDefinition cleared = accepted(zone("").apply(Optional.of(moved), List.of(), TODAY, DefinitionLimits.Past.ALLOWED));

        assertEquals(Optional.of(java.time.ZoneId.of("Europe/Berlin")), berlin.timeZone());
        assertEquals(Optional.of(java.time.ZoneId.of("Europe/Berlin")), moved.timeZone());
        assertEquals(Optional.empty(), cleared.timeZone());
        assertEquals(Optional.empty(), STORED.timeZone());
    }

    @Test
    public void aTimeZoneJavaDoesNotKnowIsRefusedNamingIt() {
        assertEquals(new PlanProblem.UnknownTimeZone("Mars/Olympus_Mons"),
                refused(zone("Mars/Olympus_Mons").apply(Optional.of(STORED), List.of(), TODAY, DefinitionLimits.Past.ALLOWED)));
    }

    @Test
    public void aStoredChaosDayKeepsItsNameWhateverNameIsGiven() {
        DefinitionUpdate renamed = new DefinitionUpdate(Optional.of("Search Chaos Day"), Optional.of(LocalDate.parse("2027-03-10")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertEquals("Payments Chaos Day", accepted(renamed.apply(Optional.of(STORED), List.of(), TODAY,
                DefinitionLimits.Past.ALLOWED)).name());
        assertEquals("Search Chaos Day", accepted(renamed.apply(Optional.empty(), List.of(), TODAY,
                DefinitionLimits.Past.ALLOWED)).name());
    }

    @Test
    public void anExplicitChangeConfirmsAProvisionalChaosDayAndNoChangeLeavesItProvisional() {
        assertFalse(accepted(date("2027-03-10").apply(Optional.of(STORED), List.of(), TODAY, DefinitionLimits.Past.ALLOWED))
                .provisional());
        assertTrue(accepted(DefinitionUpdate.NOTHING.apply(Optional.of(STORED), List.of(), TODAY, DefinitionLimits.Past.ALLOWED))
                .provisional());
    }

    @Test
    public void holidaysGivenReplaceTheStoredOnesAndAnEmptyListClearsThem() {
        DefinitionUpdate none = new DefinitionUpdate(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Set.of()), Optional.empty(), Optional.empty());

        assertEquals(Set.of(), accepted(none.apply(Optional.of(STORED), List.of(), TODAY, DefinitionLimits.Past.ALLOWED))
                .calendar().holidays());
    }

    @Test
    public void aPlanFileReplacesTheStoredScheduleAndAGivenValueWinsOverTheFile() {
        PlanFile file = new PlanFile(Optional.empty(), Optional.of(LocalDate.parse("2027-04-07")), Optional.of(1),
                Optional.empty(), Optional.empty(), List.of(), SchedulePolicy.DEFAULT, DefaultTexts.TEXTS);
        DefinitionUpdate update = new DefinitionUpdate(Optional.empty(), Optional.empty(), Optional.of(3), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(file));

        ChaosDayDefinition changed = accepted(update.apply(Optional.of(STORED), List.of(), TODAY, DefinitionLimits.Past.ALLOWED));

        assertEquals(LocalDate.parse("2027-04-07"), changed.chaosDay());
        assertEquals(3, changed.days());
        assertEquals(SchedulePolicy.DEFAULT, changed.policy());
    }

    @Test
    public void aChaosDayWithoutADateGivenOrStoredIsRefusedAsMissingOne() {
        assertEquals(new PlanProblem.MissingDate(), refused(DefinitionUpdate.NOTHING.apply(Optional.empty(), List.of(), TODAY,
                DefinitionLimits.Past.REFUSED)));
    }

    @Test
    public void aNewChaosDayWhoseTicketsWouldBeOverdueIsRefusedUnlessThePastIsAllowed() {
        DefinitionUpdate soon = date("2027-01-13");

        PlanProblem problem = refused(soon.apply(Optional.empty(), List.of(), TODAY, DefinitionLimits.Past.REFUSED));

        assertTrue(problem.toString(), problem instanceof PlanProblem.StartsInThePast p && p.count() > 0
                && p.first().size() <= 5
                && p.first().stream().allMatch(t -> LocalDate.parse(t.substring(t.length() - 10)).isBefore(TODAY)));
        accepted(soon.apply(Optional.empty(), List.of(), TODAY, DefinitionLimits.Past.ALLOWED));
    }

    @Test
    public void aPlanRunningPastTheYear9999IsRefusedEvenWhenThePastIsAllowed() {
        PlanProblem problem = refused(date("9999-12-29").apply(Optional.of(STORED), List.of(), TODAY,
                DefinitionLimits.Past.ALLOWED));

        assertTrue(problem.toString(), problem instanceof PlanProblem.UnwritableDate p && p.due().getYear() == 10000);
    }

    @Test
    public void aPlanTheSchedulerRefusesComesBackAsItsProblem() {
        assertEquals(new PlanProblem.NotAWorkingDay(LocalDate.parse("2027-03-12"), LocalDate.parse("2027-03-14")),
                refused(date("2027-03-12").apply(Optional.of(STORED), List.of(), TODAY, DefinitionLimits.Past.ALLOWED)));
    }

    @Test
    public void weekdaysAreReadByTheirFullOrShortNameInAnyCase() {
        assertEquals(Optional.of(DayOfWeek.FRIDAY), Weekdays.parse("fri"));
        assertEquals(Optional.of(DayOfWeek.SATURDAY), Weekdays.parse("Saturday"));
        assertEquals(Optional.empty(), Weekdays.parse("Sa"));
    }
}
