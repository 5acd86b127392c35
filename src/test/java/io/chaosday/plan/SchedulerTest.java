package io.chaosday.plan;

import static org.junit.Assert.assertEquals;

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
}
