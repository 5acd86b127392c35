package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** Dates typed on the command line: YYYY-MM-DD read by hand exactly as {@code LocalDate.parse} reads it, the rest by it. */
public class PlanDatesTest {

    @Test
    public void aDateIsReadAsLocalDateReadsIt() {
        for (String text : List.of("2027-03-10", "2028-02-29", "0001-01-01", "9999-12-31", " 2027-03-10 ")) {
            assertEquals(text, LocalDate.parse(text.strip()), PlanOptions.date("--chaos-day", text));
        }
    }

    @Test
    public void anythingElseIsNotADate() {
        for (String text : List.of("2027-3-10", "2027-02-30", "2027-13-01", "2027/03/10", "27-03-10", "2027-03-1O",
                "\uff12\uff10\uff12\uff17-03-10", "+2027-03-10", "", "2027-03-10T10:00")) {
            assertEquals("--chaos-day '" + text + "' is not a date; write it as YYYY-MM-DD, for example 2027-03-10",
                    refusal("--chaos-day", text));
        }
    }

    @Test
    public void aYearBeyond9999IsOutsideTheYearsAChaosDayCanHave() {
        assertEquals("--chaos-day '+10000-01-03' is outside the years 1 to 9999; write it as YYYY-MM-DD, for example 2027-03-10",
                refusal("--chaos-day", "+10000-01-03"));
    }

    @Test
    public void yearZeroIsOutsideTheYearsAChaosDayCanHave() {
        assertEquals("--holiday '0000-06-01' is outside the years 1 to 9999; write it as YYYY-MM-DD, for example 2027-03-10",
                refusal("--holiday", "0000-06-01"));
    }

    private static String refusal(String option, String text) {
        return assertThrows(text, UsageException.class, () -> PlanOptions.date(option, text)).getMessage();
    }
}
