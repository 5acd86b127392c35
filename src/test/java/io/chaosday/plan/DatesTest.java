package io.chaosday.plan;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.Test;

public class DatesTest {

    @Test
    public void weekdaysReadAsTheJdksEnglishNames() {
        LocalDate monday = LocalDate.of(2027, 3, 8);
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            assertEquals(day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), Dates.weekday(day));
            assertEquals(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), Dates.shortWeekday(day));
        }
    }

    @Test
    public void aDateInMessagesCarriesItsWeekday() {
        assertEquals("2027-03-10 (Wednesday)", Dates.withWeekday(LocalDate.of(2027, 3, 10)));
    }
}
