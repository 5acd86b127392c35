package io.chaosday.export;

import java.util.List;

/**
 * Everything the HTML timeline template shows, worked out beforehand: texts as plain strings (the
 * template escapes every value it writes) and positions as CSS percentages of the date axis.
 * {@code today} is null when today falls outside the axis; {@code todayNote} then says where it is.
 */
public record TimelineView(String title, String when, List<String> facts, String todayNote,
        String years, List<Tick> ticks, List<Band> weekends, List<Band> holidays, Band chaosDay, Band today,
        List<Lane> lanes, String generated) {

    public TimelineView {
        facts = List.copyOf(facts);
        ticks = List.copyOf(ticks);
        weekends = List.copyOf(weekends);
        holidays = List.copyOf(holidays);
        lanes = List.copyOf(lanes);
    }

    public boolean hasToday() {
        return today != null;
    }

    public boolean hasHolidays() {
        return !holidays.isEmpty();
    }

    /** A weekly gridline and its date. */
    public record Tick(String left, String label) {
    }

    /** A stretch of the axis: {@code left} and {@code width} as CSS percentages. */
    public record Band(String left, String width, String label) {
    }

    /** One phase epic: a horizontal lane with a heading and one row per ticket. */
    public record Lane(String key, String name, String summary, String due, Band extent, List<Row> rows) {

        public Lane {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One ticket: its texts, and where it sits on the axis ({@code mark.left} is the middle of the
     * due day, or the start of a span when {@code span}). The date label hangs off {@code labelAt}:
     * to its right, or to its left when {@code flip} (near the right edge of the axis).
     */
    public record Row(String summary, String who, String due, String dateLabel, Band mark, boolean span,
            String labelAt, boolean flip) {
    }
}
