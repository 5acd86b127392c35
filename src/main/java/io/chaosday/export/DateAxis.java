package io.chaosday.export;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The timeline's horizontal axis: whole weeks, Monday to Sunday, covering the dates it must show. */
final class DateAxis {

    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final LocalDate start;
    private final LocalDate end;
    private final long days;

    DateAxis(LocalDate first, LocalDate last) {
        this.start = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.end = last.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        this.days = ChronoUnit.DAYS.between(start, end);
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    LocalDate start() {
        return start;
    }

    LocalDate end() {
        return end;
    }

    /** Where a day begins, as a percentage of the axis. */
    double at(LocalDate date) {
        return 100.0 * ChronoUnit.DAYS.between(start, date) / days;
    }

    /** The middle of a day. */
    double middle(LocalDate date) {
        return at(date) + 50.0 / days;
    }

    /** The days {@code first} to {@code last}, both included, as a band. */
    TimelineView.Band band(LocalDate first, LocalDate last, String label) {
        return new TimelineView.Band(percent(at(first)), percent(at(last.plusDays(1)) - at(first)), label);
    }

    /** A gridline on every Monday, with its day and month; {@link #years()} gives the year. */
    List<TimelineView.Tick> ticks() {
        List<TimelineView.Tick> ticks = new ArrayList<>();
        for (LocalDate monday = start; monday.isBefore(end); monday = monday.plusWeeks(1)) {
            ticks.add(new TimelineView.Tick(percent(at(monday)), SHORT.format(monday)));
        }
        return ticks;
    }

    /** "2027", or "2026–2027" when the axis crosses a new year. */
    String years() {
        int last = end.minusDays(1).getYear();
        return start.getYear() == last ? String.valueOf(last) : start.getYear() + "–" + last;
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f%%", value);
    }

    static String shortDate(LocalDate date) {
        return SHORT.format(date);
    }
}
