package io.chaosday.jira.template;

import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The Chaos Day a new project starts with, before anyone has chosen: one team, one day, on the
 * first Wednesday six weeks out (enough for the default plan's design window). The facilitator
 * sets the real date and teams on the Chaos Day page, and the tickets move with it.
 */
final class ProvisionalChaosDay {

    static final int WEEKS_AHEAD = 6;

    private ProvisionalChaosDay() {
    }

    static ChaosDaySpec forProject(String projectName, LocalDate today) {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday();
        LocalDate wednesday = today.plusWeeks(WEEKS_AHEAD).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        return new ChaosDaySpec(projectName, calendar.nextWorkingDayFrom(wednesday), 1, ChaosDaySpec.numberedTeams(1), calendar);
    }

}
