package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.Scheduler;
import io.chaosday.plan.WorkingCalendar;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class OutputFormatTest {

    @Test
    public void formatsComeInOrderWithTheirFileNames() {
        assertEquals(List.of("TABLE chaos-day.txt", "JSON chaos-day.json", "CSV chaos-day.csv", "ICS chaos-day.ics",
                "HTML chaos-day.html"), Arrays.stream(OutputFormat.values()).map(f -> f.name() + " " + f.fileName()).toList());
    }

    @Test
    public void everyFormatRendersAPlan() {
        ChaosDayPlan plan = Scheduler.withDefaults().schedule(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"),
                1, List.of("A", "B"), WorkingCalendar.mondayToFriday()));
        for (OutputFormat format : OutputFormat.values()) {
            assertFalse(format.name(), format.renderer().render(plan, LocalDate.parse("2027-02-26")).isBlank());
        }
    }
}
