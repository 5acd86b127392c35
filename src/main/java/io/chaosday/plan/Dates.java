package io.chaosday.plan;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** How dates read in messages: ISO dates, English weekday names. */
public final class Dates {

    private Dates() {
    }

    public static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    public static String withWeekday(LocalDate date) {
        return date + " (" + weekday(date) + ")";
    }
}
