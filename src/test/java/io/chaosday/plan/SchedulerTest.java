package io.chaosday.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class SchedulerTest {

    private static ChaosDayPlan plan(String date, int teams) {
        return Scheduler.withDefaults().schedule(new ChaosDaySpec("Chaos Day", LocalDate.parse(date), 1,
                ChaosDaySpec.numberedTeams(teams), WorkingCalendar.mondayToFriday()));
    }

    private static Map<String, String> dues(ChaosDayPlan plan) {
        Map<String, String> dues = new LinkedHashMap<>();
        plan.tickets().forEach(t -> dues.put(t.identity(), t.due().toString()));
        return dues;
    }

    @Test
    public void playbookWorkedExampleHolds() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("scope", "2027-02-15");
        expected.put("kickoff", "2027-02-22");
        expected.put("agents", "2027-02-23");
        expected.put("shortlist", "2027-02-24");
        expected.put("confirm", "2027-03-03");
        expected.put("prepare", "2027-03-09");
        expected.put("chaos-day", "2027-03-10");
        expected.put("review", "2027-03-15");
        expected.put("share", "2027-03-29");
        assertEquals(expected, dues(plan("2027-03-10", 1)));
    }

    @Test
    public void phasesComeInOrderAndAreDueWithTheirLatestTicket() {
        ChaosDayPlan plan = plan("2027-03-10", 1);
        assertEquals(List.of(Phase.PLAN, Phase.EXECUTE, Phase.REVIEW, Phase.SHARE),
                plan.phases().stream().map(PhasePlan::phase).toList());
        assertEquals(List.of("2027-03-09", "2027-03-10", "2027-03-15", "2027-03-29"),
                plan.phases().stream().map(p -> p.due().toString()).toList());
    }

    private static ChaosDayPlan plan(String date, int days, List<String> teams, WorkingCalendar calendar) {
        return Scheduler.withDefaults().schedule(new ChaosDaySpec("Chaos Day", LocalDate.parse(date), days, teams, calendar));
    }

    private static String due(ChaosDayPlan plan, String identity) {
        return plan.tickets().filter(t -> t.identity().equals(identity)).findFirst().orElseThrow().due().toString();
    }

    @Test
    public void designWindowIsTwoWeeksUpToFourTeamsAndGrowsToFourWeeks() {
        assertEquals(10, plan("2027-03-10", 4).designWindow());
        assertEquals(12, plan("2027-03-10", 5).designWindow());
        assertEquals(14, plan("2027-03-10", 6).designWindow());
        assertEquals(20, plan("2027-03-10", 9).designWindow());
        assertEquals(20, plan("2027-03-10", 20).designWindow());
        assertEquals(20, plan("2027-03-10", 100).designWindow());
    }

    @Test
    public void fourTeamsKeepTheTwoWeekWindowAndFiveStretchIt() {
        assertEquals("2027-02-24", due(plan("2027-03-10", 4), "shortlist"));
        assertEquals("2027-02-22", due(plan("2027-03-10", 5), "shortlist"));
        assertEquals("2027-02-10", due(plan("2027-03-10", 9), "shortlist"));
        assertEquals("2027-02-08", due(plan("2027-03-10", 9), "kickoff/Team 9"));
    }

    @Test
    public void severalTeamsGetOneKickoffAndOneReviewEachPlusTheTeamOfTeamsReview() {
        ChaosDayPlan plan = plan("2027-03-10", 3);
        assertEquals(List.of("scope", "kickoff/Team 1", "kickoff/Team 2", "kickoff/Team 3", "agents", "shortlist",
                "confirm", "prepare", "chaos-day", "review/Team 1", "review/Team 2", "review/Team 3", "team-of-teams",
                "share"), plan.tickets().map(Ticket::identity).toList());
        assertEquals("2027-03-17", due(plan, "team-of-teams"));
        assertEquals("2027-03-31", due(plan, "share")); // ten working days after the last review
    }

    @Test
    public void oneTeamHasNoTeamOfTeamsReview() {
        assertEquals(0, plan("2027-03-10", 1).tickets().filter(t -> t.step() == Step.TEAM_OF_TEAMS).count());
    }

    @Test
    public void holidaysPushDueDatesToEarlierWorkingDays() {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday().withHolidays(
                java.util.Set.of(LocalDate.parse("2027-03-09"), LocalDate.parse("2027-02-24")));
        ChaosDayPlan plan = plan("2027-03-10", 1, List.of("Team 1"), calendar);
        assertEquals("2027-03-08", due(plan, "prepare"));
        // both holidays fall inside the design window, so the shortlist moves back two working days
        assertEquals("2027-02-22", due(plan, "shortlist"));
        assertEquals("2027-02-19", due(plan, "agents"));
        assertEquals("2027-03-15", due(plan, "review"));
    }

    @Test
    public void noDueDateEverLandsOnAWeekendOrHoliday() {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday().withHolidays(java.util.Set.of(
                LocalDate.parse("2027-03-15"), LocalDate.parse("2027-03-29"), LocalDate.parse("2027-02-15")));
        for (int teams = 1; teams <= 12; teams++) {
            for (int days = 1; days <= 5; days++) {
                ChaosDayPlan plan = plan("2027-03-10", days, ChaosDaySpec.numberedTeams(teams), calendar);
                plan.tickets().forEach(t -> assertTrue(t.identity() + " " + t.due(), calendar.isWorkingDay(t.due())));
            }
        }
    }

    @Test
    public void aMultiDayChaosDayStartsOnItsDateAndTheReviewsFollowItsLastDay() {
        ChaosDayPlan plan = plan("2027-03-10", 3, List.of("Team 1"), WorkingCalendar.mondayToFriday());
        Ticket chaosDay = plan.tickets().filter(t -> t.step() == Step.CHAOS_DAY).findFirst().orElseThrow();
        assertEquals(LocalDate.parse("2027-03-12"), chaosDay.due());
        assertEquals(java.util.Optional.of(LocalDate.parse("2027-03-10")), chaosDay.starts());
        assertEquals("2027-03-17", due(plan, "review"));
        assertEquals("2027-03-09", due(plan, "prepare"));
    }

    @Test
    public void aChaosWeekSpansTheWeekendWithoutCountingIt() {
        ChaosDayPlan plan = plan("2027-03-11", 5, List.of("Team 1"), WorkingCalendar.mondayToFriday());
        assertEquals(LocalDate.parse("2027-03-17"), plan.lastDay());
    }

    @Test
    public void datesCrossTheYearBoundary() {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday().withHolidays(
                java.util.Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01")));
        ChaosDayPlan plan = plan("2027-01-12", 1, List.of("Team 1"), calendar);
        assertEquals("2026-12-28", due(plan, "shortlist"));
        assertEquals("2026-12-23", due(plan, "kickoff"));
        ChaosDayPlan late = plan("2026-12-22", 1, List.of("Team 1"), calendar);
        assertEquals("2026-12-28", due(late, "review"));
        assertEquals("2027-01-12", due(late, "share"));
    }

    @Test
    public void anotherWeekendIsHonoured() {
        WorkingCalendar sundayToThursday = new WorkingCalendar(
                java.util.EnumSet.of(java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.SATURDAY), new java.util.TreeSet<>());
        ChaosDayPlan plan = plan("2027-03-10", 1, List.of("Team 1"), sundayToThursday);
        assertEquals("2027-03-09", due(plan, "prepare"));
        assertEquals("2027-03-15", due(plan, "review")); // Thursday, Sunday, Monday
    }

    @Test
    public void aWeekendOfSevenDaysIsRefused() {
        org.junit.Assert.assertThrows(InvalidPlanException.class, () -> new WorkingCalendar(
                java.util.EnumSet.allOf(java.time.DayOfWeek.class), new java.util.TreeSet<>()));
    }

    @Test
    public void aPolicyFromAPlanFileChangesTheDates() {
        SchedulePolicy slower = new SchedulePolicy(15, 5, 2, 20, 5, 2, 1, 5, 2, 3, 5, 10, 5);
        ChaosDayPlan plan = new Scheduler(slower, DefaultTexts.TEXTS).schedule(new ChaosDaySpec("Chaos Day",
                LocalDate.parse("2027-03-10"), 1, List.of("Team 1"), WorkingCalendar.mondayToFriday()));
        assertEquals("2027-02-17", due(plan, "shortlist"));
        assertEquals("2027-03-08", due(plan, "prepare"));
    }

    @Test
    public void ticketTextsNameTheTeamOnPerTeamTickets() {
        ChaosDayPlan plan = plan("2027-03-10", 2);
        assertEquals("Kick-off and what-if session for Team 2",
                plan.tickets().filter(t -> t.identity().equals("kickoff/Team 2")).findFirst().orElseThrow().summary());
        assertEquals("Kick-off and what-if session",
                plan("2027-03-10", 1).tickets().filter(t -> t.identity().equals("kickoff")).findFirst().orElseThrow().summary());
    }
}
