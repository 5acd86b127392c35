package io.chaosday.plan;

import java.time.ZoneId;
import java.util.Optional;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything that defines a Chaos Day's plan, as it is kept with the Chaos Day so that later
 * changes need only say what changes: its exact name, date, length, teams, working calendar and
 * the schedule numbers and texts (a plan file's, or the defaults).
 *
 * @param provisional whether the Chaos Day is still a draft whose settings someone has to confirm
 *                    (a project made from a template starts that way)
 * @param timeZone    the zone the day's run log is kept in; empty for the machine's (or Jira's) own
 */
public record ChaosDayDefinition(String name, LocalDate chaosDay, int days, List<String> teams, WorkingCalendar calendar,
        SchedulePolicy policy, PlanTexts texts, boolean provisional, Optional<ZoneId> timeZone) {

    public ChaosDayDefinition {
        teams = List.copyOf(teams);
        java.util.Objects.requireNonNull(timeZone, "timeZone");
    }

    /** A definition that names no time zone of its own. */
    public ChaosDayDefinition(String name, LocalDate chaosDay, int days, List<String> teams, WorkingCalendar calendar,
            SchedulePolicy policy, PlanTexts texts, boolean provisional) {
        this(name, chaosDay, days, teams, calendar, policy, texts, provisional, Optional.empty());
    }

    /** The definition of a plan made with the given schedule numbers and texts. */
    public static ChaosDayDefinition of(ChaosDaySpec spec, SchedulePolicy policy, PlanTexts texts) {
        return new ChaosDayDefinition(spec.name(), spec.chaosDay(), spec.days(), spec.teams(), spec.calendar(), policy, texts,
                false);
    }

    /** The definition of a plan with the default schedule numbers and texts. */
    public static ChaosDayDefinition withDefaults(ChaosDaySpec spec) {
        return of(spec, SchedulePolicy.DEFAULT, DefaultTexts.TEXTS);
    }

    /** What the facilitator decided; checked as any spec is. */
    public ChaosDaySpec spec() {
        return new ChaosDaySpec(name, chaosDay, days, teams, calendar);
    }

    /** The plan this definition makes. */
    public ChaosDayPlan plan() {
        return new Scheduler(policy, texts).schedule(spec());
    }

    public ChaosDayDefinition withProvisional(boolean draft) {
        return new ChaosDayDefinition(name, chaosDay, days, teams, calendar, policy, texts, draft, timeZone);
    }
}
