package io.chaosday.plan;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Days of the week as people write them, wherever a weekend is given: "SATURDAY" or "sat", any case. */
public final class Weekdays {

    /** How a day may be written, for messages. */
    public static final String FORMS = "MONDAY to SUNDAY, or MON to SUN";

    private Weekdays() {
    }

    /** The day {@code text} names, by its full English name or its first three letters; empty otherwise. */
    public static Optional<DayOfWeek> parse(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> d.name().equals(upper) || d.name().substring(0, 3).equals(upper))
                .findFirst();
    }
}
