package io.chaosday.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days people work: every day but the weekend days and the holidays.
 * Due dates only ever land on working days.
 */
public record WorkingCalendar(Set<DayOfWeek> weekend, SortedSet<LocalDate> holidays) {

    public static final Set<DayOfWeek> SATURDAY_AND_SUNDAY = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    public WorkingCalendar {
        if (weekend.size() >= DayOfWeek.values().length) {
            throw new InvalidPlanException(new PlanProblem.NoWorkingDays());
        }
        weekend = weekend.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekend));
        holidays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    public static WorkingCalendar mondayToFriday() {
        return new WorkingCalendar(SATURDAY_AND_SUNDAY, new TreeSet<>());
    }

    public WorkingCalendar withHolidays(Set<LocalDate> more) {
        TreeSet<LocalDate> all = new TreeSet<>(holidays);
        all.addAll(more);
        return new WorkingCalendar(weekend, all);
    }

    public boolean isWorkingDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The date {@code n} working days after {@code from} (before it when {@code n} is negative). */
    public LocalDate shift(LocalDate from, int n) {
        int step = n < 0 ? -1 : 1;
        LocalDate date = from;
        for (int left = Math.abs(n); left > 0; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** The first working day on or after {@code date}. */
    public LocalDate nextWorkingDayFrom(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Signed count of working days from {@code from} to {@code to}: positive when {@code to} is later.
     * A working day {@code to} counts, {@code from} does not, so {@code shift(a, n)} is {@code n} away from {@code a}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
