package io.chaosday.planfile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.DefaultTexts;
import io.chaosday.plan.InvalidPlanException;
import io.chaosday.plan.Phase;
import io.chaosday.plan.PlanFile;
import io.chaosday.plan.SchedulePolicy;
import io.chaosday.plan.Step;
import io.chaosday.plan.Ticket;
import io.chaosday.plan.TicketText;
import io.chaosday.plan.WorkingCalendar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class PlanFileParserTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2027-03-10");

    private static PlanFile parse(String yaml) {
        return PlanFileParser.parse(yaml, "plan.yaml");
    }

    private static String error(String yaml) {
        try {
            parse(yaml);
        } catch (InvalidPlanException e) {
            assertTrue("one line: " + e.getMessage(), !e.getMessage().contains("\n"));
            return e.getMessage();
        }
        fail("expected the plan file to be refused:\n" + yaml);
        return null;
    }

    private static ChaosDayPlan schedule(PlanFile file, int teams) {
        return file.scheduler().schedule(new ChaosDaySpec("Payments", WEDNESDAY, 1,
                ChaosDaySpec.numberedTeams(teams), WorkingCalendar.mondayToFriday()));
    }

    private static Ticket ticket(ChaosDayPlan plan, String identity) {
        return plan.tickets().filter(t -> t.identity().equals(identity)).findFirst().orElseThrow();
    }

    // --- what a plan file gives --------------------------------------------------------------

    @Test
    public void emptyOrCommentOnlyFilesGiveTheDefaults() {
        assertSame(PlanFile.DEFAULTS, parse(""));
        assertSame(PlanFile.DEFAULTS, parse("  \n\n"));
        assertSame(PlanFile.DEFAULTS, parse("# nothing to change yet\n   # really\n"));
        assertSame(PlanFile.DEFAULTS, parse("---\n"));
    }

    @Test
    public void keysWithNoValueKeepTheDefaults() {
        assertEquals(PlanFile.DEFAULTS, parse("""
                name:
                days: ~
                schedule:
                  prepareBeforeChaosDay:
                tickets:
                  kickoff:
                    summary:
                """));
    }

    @Test
    public void chaosDayDetailsAreRead() {
        PlanFile file = parse("""
                name: "  Payments Chaos Day "
                chaosDay: 2027-03-10
                days: 2
                teams: [Payments, " Checkout "]
                weekend: [FRIDAY, SATURDAY]
                holidays:
                  - 2027-03-01
                  - 2027-04-02
                """);
        assertEquals(Optional.of("Payments Chaos Day"), file.name());
        assertEquals(Optional.of(WEDNESDAY), file.chaosDay());
        assertEquals(Optional.of(2), file.days());
        assertEquals(Optional.of(List.of("Payments", "Checkout")), file.teams());
        assertEquals(Optional.of(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)), file.weekend());
        assertEquals(List.of(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-04-02")), file.holidays());
        assertEquals(SchedulePolicy.DEFAULT, file.policy());
        assertEquals(DefaultTexts.TEXTS, file.texts());
    }

    @Test
    public void teamsAsANumberBecomeNumberedTeams() {
        assertEquals(Optional.of(List.of("Team 1", "Team 2", "Team 3")), parse("teams: 3\n").teams());
        assertEquals(Optional.of(List.of("Team 1")), parse("teams: 1\n").teams());
        assertEquals(100, parse("teams: 100\n").teams().orElseThrow().size());
    }

    @Test
    public void teamsAsAListKeepTheirNamesInOrder() {
        PlanFile file = parse("""
                teams:
                  - Payments
                  - Checkout
                  - 42
                  - yes
                """);
        // YAML would read 42 and yes as a number and a boolean; team names stay as written.
        assertEquals(Optional.of(List.of("Payments", "Checkout", "42", "yes")), file.teams());
    }

    @Test
    public void weekendTakesFullOrThreeLetterDayNamesInAnyCase() {
        assertEquals(Optional.of(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)),
                parse("weekend: [fri, Saturday, SUN]\n").weekend());
        assertEquals(Optional.of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)),
                parse("weekend: [SATURDAY, sunday, sat]\n").weekend());
    }

    @Test
    public void anEmptyWeekendListMeansNoWeekend() {
        assertEquals(Optional.of(Set.of()), parse("weekend: []\n").weekend());
    }

    @Test
    public void everyScheduleNumberIsApplied() {
        PlanFile file = parse("""
                schedule:
                  designWindow:
                    base: 11
                    growsFromTeams: 3
                    perExtraTeam: 4
                    max: 30
                  scopeBeforeKickoff: 6
                  kickoffBeforeShortlist: 7
                  agentsBeforeShortlist: 8
                  confirmBeforeChaosDay: 9
                  prepareBeforeChaosDay: 2
                  reviewAfterChaosDay: 12
                  teamOfTeamsAfterChaosDay: 13
                  shareAfterReview: 14
                  maxDays: 3
                """);
        assertEquals(new SchedulePolicy(11, 3, 4, 30, 6, 7, 8, 9, 2, 12, 13, 14, 3), file.policy());
    }

    @Test
    public void scheduleNumbersLeftOutKeepTheirDefaults() {
        PlanFile file = parse("""
                schedule:
                  designWindow:
                    max: 25
                  shareAfterReview: 4
                """);
        SchedulePolicy d = SchedulePolicy.DEFAULT;
        assertEquals(new SchedulePolicy(d.designWindowBase(), d.designWindowGrowsFrom(), d.designWindowPerTeam(), 25,
                d.scopeBeforeKickoff(), d.kickoffBeforeShortlist(), d.agentsBeforeShortlist(),
                d.confirmBeforeChaosDay(), d.prepareBeforeChaosDay(), d.reviewAfterChaosDay(),
                d.teamOfTeamsAfterChaosDay(), 4, d.maxDays()), file.policy());
    }

    @Test
    public void prepareBeforeChaosDayMovesThePrepareDueDate() {
        assertEquals(LocalDate.parse("2027-03-09"), ticket(schedule(PlanFile.DEFAULTS, 1), "prepare").due());
        PlanFile file = parse("""
                schedule:
                  prepareBeforeChaosDay: 2
                """);
        // Two working days before Wednesday 10 March is Monday 8 March.
        assertEquals(LocalDate.parse("2027-03-08"), ticket(schedule(file, 1), "prepare").due());
    }

    @Test
    public void designWindowOverrideMovesTheShortlistAndWhatHangsOffIt() {
        PlanFile file = parse("""
                schedule:
                  designWindow: {base: 15}
                  agentsBeforeShortlist: 3
                """);
        ChaosDayPlan plan = schedule(file, 1);
        assertEquals(LocalDate.parse("2027-02-17"), ticket(plan, "shortlist").due());
        assertEquals(LocalDate.parse("2027-02-12"), ticket(plan, "agents").due());
        assertEquals(15, plan.designWindow());
    }

    @Test
    public void designWindowGrowthFollowsTheFile() {
        PlanFile file = parse("""
                schedule:
                  designWindow:
                    growsFromTeams: 2
                    perExtraTeam: 1
                    max: 11
                """);
        assertEquals(10, schedule(file, 1).designWindow());
        assertEquals(11, schedule(file, 2).designWindow());
        assertEquals(11, schedule(file, 5).designWindow());
    }

    @Test
    public void everyTextOverrideIsApplied() {
        PlanFile file = parse("""
                phases:
                  plan:
                    summary: "Get ready: {name}"
                    description: Before the day.
                    checklist: [Ready]
                tickets:
                  kickoff:
                    summary: "Kick-off for {team}"
                    description: |
                      Meet the team.
                      Walk the architecture.
                    checklist:
                      - Goal explained
                      - What-ifs collected
                """);
        assertEquals(new TicketText("Get ready: {name}", "Before the day.", List.of("Ready")),
                file.texts().of(Phase.PLAN));
        assertEquals(new TicketText("Kick-off for {team}", "Meet the team.\nWalk the architecture.",
                List.of("Goal explained", "What-ifs collected")), file.texts().of(Step.KICKOFF));

        ChaosDayPlan plan = schedule(file, 2);
        assertEquals("Get ready: Payments", plan.phases().get(0).text().summary());
        assertEquals("Kick-off for Team 2", ticket(plan, "kickoff/Team 2").summary());
    }

    @Test
    public void aPartialTextOverrideKeepsTheOtherFieldsDefaults() {
        PlanFile file = parse("""
                tickets:
                  review:
                    summary: "Learning review for {team}"
                """);
        TicketText defaults = DefaultTexts.TEXTS.of(Step.REVIEW);
        assertEquals(new TicketText("Learning review for {team}", defaults.description(), defaults.checklist()),
                file.texts().of(Step.REVIEW));
        assertEquals(DefaultTexts.TEXTS.with(Step.REVIEW, file.texts().of(Step.REVIEW)), file.texts());
    }

    @Test
    public void anEmptyChecklistAndDescriptionAreKeptEmpty() {
        PlanFile file = parse("""
                tickets:
                  chaos-day:
                    description: ""
                    checklist: []
                """);
        assertEquals(new TicketText(DefaultTexts.TEXTS.of(Step.CHAOS_DAY).summary(), "", List.of()),
                file.texts().of(Step.CHAOS_DAY));
    }

    @Test
    public void foldedDescriptionsBecomeOneParagraph() {
        PlanFile file = parse("""
                phases:
                  share:
                    description: >
                      Spread the word
                      far and wide.
                """);
        assertEquals("Spread the word far and wide.", file.texts().of(Phase.SHARE).description());
    }

    @Test
    public void theExampleFileParsesToTheDefaults() throws IOException {
        String example = Files.readString(Path.of("docs/plan-file.example.yaml"), StandardCharsets.UTF_8);
        PlanFile file = PlanFileParser.parse(example, "docs/plan-file.example.yaml");
        // The example spells out each default, so those keys are present with the default values.
        assertEquals(new PlanFile(Optional.of("Chaos Day"), Optional.empty(), Optional.of(1),
                Optional.of(ChaosDaySpec.numberedTeams(1)), Optional.of(WorkingCalendar.SATURDAY_AND_SUNDAY),
                List.of(), SchedulePolicy.DEFAULT, DefaultTexts.TEXTS), file);
    }

    // --- what a plan file is refused for -----------------------------------------------------

    @Test
    public void unknownKeyIsNamedWithItsLine() {
        assertEquals("plan.yaml line 7: unknown key 'sheduled'; known keys here: name, chaosDay, days, teams,"
                + " weekend, holidays, schedule, phases, tickets", error("""
                name: Payments
                chaosDay: 2027-03-10
                days: 1
                teams: 2
                weekend: [SAT, SUN]
                holidays: []
                sheduled:
                  maxDays: 3
                """));
    }

    @Test
    public void unknownScheduleKeyListsTheScheduleKeys() {
        assertEquals("plan.yaml line 3: unknown key 'prepareBeforeChaos'; known keys here: designWindow,"
                + " scopeBeforeKickoff, kickoffBeforeShortlist, agentsBeforeShortlist, confirmBeforeChaosDay,"
                + " prepareBeforeChaosDay, reviewAfterChaosDay, teamOfTeamsAfterChaosDay, shareAfterReview, maxDays",
                error("""
                        schedule:
                          maxDays: 3
                          prepareBeforeChaos: 2
                        """));
        assertEquals("plan.yaml line 3: unknown key 'min'; known keys here: base, growsFromTeams, perExtraTeam, max",
                error("""
                        schedule:
                          designWindow:
                            min: 2
                        """));
    }

    @Test
    public void negativeWorkingDaysAreRefusedWithTheirLine() {
        assertEquals("plan.yaml line 12: 'prepareBeforeChaosDay' must be a whole number of working days, 0 or more,"
                + " not -2", error("""
                name: Payments
                schedule:
                  designWindow:
                    base: 10
                    growsFromTeams: 5
                    perExtraTeam: 2
                    max: 20
                  scopeBeforeKickoff: 5
                  kickoffBeforeShortlist: 2
                  agentsBeforeShortlist: 1
                  confirmBeforeChaosDay: 5
                  prepareBeforeChaosDay: -2
                """));
    }

    @Test
    public void workingDaysThatAreNotWholeNumbersAreRefused() {
        assertEquals("plan.yaml line 3: 'designWindow.perExtraTeam' must be a whole number of working days,"
                + " 0 or more, not '1.5'", error("""
                schedule:
                  designWindow:
                    perExtraTeam: 1.5
                """));
        assertEquals("plan.yaml line 2: 'shareAfterReview' must be a whole number of working days, 0 or more,"
                + " not 'two weeks'", error("""
                schedule:
                  shareAfterReview: two weeks
                """));
        assertEquals("plan.yaml line 2: 'shareAfterReview' must be a single value, not a list", error("""
                schedule:
                  shareAfterReview: [10]
                """));
    }

    @Test
    public void workingDaysBeyondAYearAreRefused() {
        assertEquals("plan.yaml line 2: 'reviewAfterChaosDay' must be at most 250 working days (about a year),"
                + " not 3000", error("""
                schedule:
                  reviewAfterChaosDay: 3000
                """));
    }

    @Test
    public void maxDaysMustBeOneOrMore() {
        assertEquals("plan.yaml line 3: 'maxDays' must be a whole number of working days, 1 or more, not 0",
                error("""
                        schedule:
                          shareAfterReview: 10
                          maxDays: 0
                        """));
    }

    @Test
    public void designWindowMaxBelowBaseIsRefusedOnTheLineThatSetsIt() {
        assertEquals("plan.yaml line 5: the design window's max (8) is below its base (10);"
                + " make designWindow.max at least designWindow.base", error("""
                schedule:
                  designWindow:
                    base: 10
                    perExtraTeam: 1
                    max: 8
                """));
        // Only base given: it is the base that passes the default max of 20.
        assertEquals("plan.yaml line 4: the design window's max (20) is below its base (25);"
                + " make designWindow.max at least designWindow.base", error("""
                schedule:
                  designWindow:
                    growsFromTeams: 3
                    base: 25
                """));
    }

    @Test
    public void daysMustFitBetweenOneAndMaxDays() {
        assertEquals("plan.yaml line 1: 'days' must be a whole number of working days, 1 or more, not 0",
                error("days: 0\n"));
        assertEquals("plan.yaml line 2: 'days' must be at most 5 working days (schedule.maxDays), not 6",
                error("name: Week\ndays: 6\n"));
        assertEquals("plan.yaml line 1: 'days' must be at most 2 working days (schedule.maxDays), not 3", error("""
                days: 3
                schedule:
                  maxDays: 2
                """));
        assertEquals(Optional.of(7), parse("days: 7\nschedule: {maxDays: 10}\n").days());
    }

    @Test
    public void impossibleChaosDayIsNamedAsNotADate() {
        assertEquals("plan.yaml line 3: chaosDay '2027-02-30' is not a date; write it as YYYY-MM-DD", error("""
                # Payments
                name: Payments Chaos Day
                chaosDay: 2027-02-30
                """));
        assertEquals("plan.yaml line 1: chaosDay '10/03/2027' is not a date; write it as YYYY-MM-DD",
                error("chaosDay: 10/03/2027\n"));
    }

    @Test
    public void badHolidayIsNamedOnItsOwnLine() {
        assertEquals("plan.yaml line 4: holiday '2027-04-31' is not a date; write it as YYYY-MM-DD", error("""
                name: Payments
                holidays:
                  - 2027-04-02
                  - 2027-04-31
                """));
        assertEquals("plan.yaml line 1: holidays must be a list of dates such as [2027-03-01, 2027-04-02],"
                + " not '2027-04-02'", error("holidays: 2027-04-02\n"));
    }

    @Test
    public void teamsMustBeAListOfNamesOrANumberFromOneToAHundred() {
        String rule = "teams must be a list of names or a number from 1 to 100";
        assertEquals("plan.yaml line 4: " + rule + ", not 'Payments'", error("""
                name: Payments
                chaosDay: 2027-03-10
                days: 1
                teams: Payments
                """));
        assertEquals("plan.yaml line 1: " + rule + ", not '0'", error("teams: 0\n"));
        assertEquals("plan.yaml line 1: " + rule + ", not '101'", error("teams: 101\n"));
        assertEquals("plan.yaml line 1: " + rule + ", not '2.5'", error("teams: 2.5\n"));
        assertEquals("plan.yaml line 1: " + rule + ", not an empty list", error("teams: []\n"));
        assertEquals("plan.yaml line 1: " + rule + ", not a map", error("teams:\n  Payments: 3\n"));
    }

    @Test
    public void teamNamesMustBeGivenOnceAndNotBlank() {
        assertEquals("plan.yaml line 4: the team 'payments' is named twice (also on line 2); give each team once",
                error("""
                        teams:
                          - Payments
                          - Checkout
                          - payments
                        """));
        assertEquals("plan.yaml line 3: a team name is blank; give every team a name", error("""
                teams:
                  - Payments
                  - ""
                """));
        assertEquals("plan.yaml line 1: each team must be a single value, not a list", error("teams: [[A, B]]\n"));
        StringBuilder many = new StringBuilder("teams:\n");
        for (int i = 1; i <= 101; i++) {
            many.append("  - Team ").append(i).append('\n');
        }
        assertEquals("plan.yaml line 2: teams lists 101 names, but at most 100 teams take part in one Chaos Day;"
                + " split them into several", error(many.toString()));
    }

    @Test
    public void weekendDaysMustBeDaysOfTheWeek() {
        assertEquals("plan.yaml line 3: 'Sabbath' is not a day of the week; write MONDAY to SUNDAY, or MON to SUN",
                error("""
                        weekend:
                          - SAT
                          - Sabbath
                        """));
        assertEquals("plan.yaml line 1: 'SA' is not a day of the week; write MONDAY to SUNDAY, or MON to SUN",
                error("weekend: [SA]\n"));
        assertEquals("plan.yaml line 1: the weekend covers all seven days, so no day is a working day;"
                + " give at most six weekend days", error("weekend: [MON, TUE, WED, THU, FRI, SAT, SUN]\n"));
        assertEquals("plan.yaml line 1: weekend must be a list of days such as [SATURDAY, SUNDAY] or [SAT, SUN],"
                + " not 'SUNDAY'", error("weekend: SUNDAY\n"));
    }

    @Test
    public void blankNameAndSummaryAreRefused() {
        assertEquals("plan.yaml line 1: name must not be blank; write a name or leave the key out",
                error("name: '  '\n"));
        assertEquals("plan.yaml line 4: 'tickets.share.summary' must not be blank; write a summary or leave the key"
                + " out to keep the default", error("""
                tickets:
                  share:
                    description: Tell everyone.
                    summary: ""
                """));
    }

    @Test
    public void blankChecklistItemIsRefused() {
        assertEquals("plan.yaml line 5: an item of 'phases.review.checklist' is blank; write the item or remove"
                + " the line", error("""
                phases:
                  review:
                    checklist:
                      - Reviewed
                      -
                """));
    }

    @Test
    public void unknownPhaseListsThePhases() {
        assertEquals("plan.yaml line 4: unknown phase 'planning'; known phases: plan, execute, review, share",
                error("""
                        phases:
                          execute:
                            summary: Run it
                          planning:
                            summary: Plan it
                        """));
    }

    @Test
    public void unknownTicketListsTheTickets() {
        assertEquals("plan.yaml line 2: unknown ticket 'kick-off'; known tickets: scope, kickoff, agents, shortlist,"
                + " confirm, prepare, chaos-day, review, team-of-teams, share", error("""
                tickets:
                  kick-off:
                    summary: Kick-off
                """));
    }

    @Test
    public void unknownTextKeyListsTheTextKeys() {
        assertEquals("plan.yaml line 3: unknown key 'title'; known keys here: summary, description, checklist",
                error("""
                        tickets:
                          scope:
                            title: Scope it
                        """));
    }

    @Test
    public void aListWhereAMapIsExpectedSaysWhatWasExpected() {
        assertEquals("plan.yaml line 2: schedule must be a map of 'key: value' lines, not a list", error("""
                name: Payments
                schedule:
                  - maxDays: 3
                """));
        assertEquals("plan.yaml line 1: tickets must be a map of 'key: value' lines, not a list",
                error("tickets: [kickoff, review]\n"));
        assertEquals("plan.yaml line 2: tickets.kickoff must be a map of 'key: value' lines, not 'Kick-off'",
                error("tickets:\n  kickoff: Kick-off\n"));
        assertEquals("plan.yaml line 3: 'phases.plan.summary' must be a single value, not a list", error("""
                phases:
                  plan:
                    summary: [Plan, it]
                """));
        assertEquals("plan.yaml line 3: phases.plan.checklist must be a list of short lines of text, not 'Ready'",
                error("""
                        phases:
                          plan:
                            checklist: Ready
                        """));
    }

    @Test
    public void aTopLevelThatIsNotAMapIsRefused() {
        assertEquals("plan.yaml line 1: a plan file must be a map of 'key: value' lines, such as"
                + " 'name: Payments Chaos Day', not a list", error("- name: Payments\n"));
        assertEquals("plan.yaml line 2: a plan file must be a map of 'key: value' lines, such as"
                + " 'name: Payments Chaos Day', not a single line of text (is it the right file?)", error("# a name\nPayments Chaos Day\n"));
    }

    @Test
    public void duplicateKeysAreRefusedNamingBothLines() {
        assertEquals("plan.yaml line 3: 'days' is given twice (also on line 1); keep one", error("""
                days: 1
                name: Payments
                days: 2
                """));
        assertEquals("plan.yaml line 4: 'maxDays' is given twice (also on line 2); keep one", error("""
                schedule:
                  maxDays: 3
                  shareAfterReview: 5
                  maxDays: 4
                """));
    }

    @Test
    public void invalidYamlNamesTheLineAndSnakeYamlsProblem() {
        assertEquals("plan.yaml line 3: not valid YAML (found character '\\t(TAB)' that cannot start any token."
                + " (Do not use \\t(TAB) for indentation))", error("name: Payments\nschedule:\n\tmaxDays: 3\n"));
        assertEquals("plan.yaml line 2: not valid YAML (expected ',' or ']', but got :)", error("""
                teams: [Payments, Checkout
                days: 2
                """));
    }

    @Test
    public void anUnquotedColonInTextGetsAHint() {
        assertEquals("plan.yaml line 3: not valid YAML (mapping values are not allowed here);"
                + " put text that contains ': ' in double quotes", error("""
                phases:
                  plan:
                    summary: Plan: {name}
                """));
    }

    @Test
    public void javaAndPythonTagsAreNeverTurnedIntoObjects() {
        String message = error("name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n");
        assertTrue(message, message.startsWith("plan.yaml line 1: not valid YAML ("));
    }

    @Test
    public void manyAliasesOfListsAreRefused() {
        StringBuilder yaml = new StringBuilder("holidays: &h [2027-03-01]\ntickets:\n  share:\n    checklist: [");
        for (int i = 0; i < 11; i++) {
            yaml.append(i == 0 ? "" : ", ").append("*h");
        }
        yaml.append("]\n");
        assertEquals("plan.yaml: more than 10 aliases (*name) of lists or maps; write those values out in full",
                error(yaml.toString()));
    }

    @Test
    public void aFewAliasesOfSingleValuesAreFine() {
        PlanFile file = parse("""
                name: &n Payments
                tickets:
                  share:
                    checklist: [*n, *n]
                """);
        assertEquals(List.of("Payments", "Payments"), file.texts().of(Step.SHARE).checklist());
    }

    @Test
    public void filesOverOneMegabyteAreRefused() {
        String big = "# " + "x".repeat(1024 * 1024) + "\n";
        assertEquals("plan.yaml: larger than 1 MB, too large for a plan file; check that it is the right file",
                error(big));
    }

    @Test
    public void aByteOrderMarkIsIgnored() {
        assertEquals(Optional.of("Payments"), parse("\uFEFFname: Payments\n").name());
    }
}
