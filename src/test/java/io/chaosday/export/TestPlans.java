package io.chaosday.export;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.Scheduler;
import io.chaosday.plan.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Plans for the renderer tests, scheduled by the real default policy. */
final class TestPlans {

    static final LocalDate CHAOS_DAY = LocalDate.parse("2027-03-10");
    static final LocalDate TODAY = LocalDate.parse("2027-02-26");

    private TestPlans() {
    }

    static ChaosDayPlan plan(String name, LocalDate chaosDay, int days, List<String> teams, String... holidays) {
        Set<LocalDate> off = new TreeSet<>();
        for (String holiday : holidays) {
            off.add(LocalDate.parse(holiday));
        }
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday().withHolidays(off);
        return Scheduler.withDefaults().schedule(new ChaosDaySpec(name, chaosDay, days, teams, calendar));
    }

    static ChaosDayPlan teams(int count) {
        return plan("Payments Chaos Day", CHAOS_DAY, 1, ChaosDaySpec.numberedTeams(count));
    }
}
