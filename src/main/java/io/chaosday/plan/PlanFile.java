package io.chaosday.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan file says. Every value is optional: command-line options win over the file, and the
 * file wins over the defaults. {@code policy} and {@code texts} are the defaults with the file's
 * overrides applied.
 */
public record PlanFile(
        Optional<String> name,
        Optional<LocalDate> chaosDay,
        Optional<Integer> days,
        Optional<List<String>> teams,
        Optional<Set<DayOfWeek>> weekend,
        List<LocalDate> holidays,
        SchedulePolicy policy,
        PlanTexts texts) {

    public static final PlanFile DEFAULTS = new PlanFile(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), SchedulePolicy.DEFAULT, DefaultTexts.TEXTS);

    public PlanFile {
        holidays = List.copyOf(holidays);
    }

    public Scheduler scheduler() {
        return new Scheduler(policy, texts);
    }
}
