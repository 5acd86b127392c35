package io.chaosday.plan;

import java.time.LocalDate;
import java.util.Locale;

/** How dates read in messages: ISO dates, English weekday names. */
public final class Dates {

    private Dates() {
    }

    /**
     * "Wednesday": the English name spelt from the day's own constant. Asking the JDK for a display
     * name loads its locale data, a fifth of a short command's run; the words are the same.
     */
    public static String weekday(LocalDate date) {
        String name = date.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** "Wed". */
    public static String shortWeekday(LocalDate date) {
        return weekday(date).substring(0, 3);
    }

    public static String withWeekday(LocalDate date) {
        return date + " (" + weekday(date) + ")";
    }
}
