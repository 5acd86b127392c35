package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.junit.After;
import org.junit.Test;

public class SystemClockTest {

    private final TimeZone before = TimeZone.getDefault();

    @After
    public void restoreTheDefaultZone() {
        TimeZone.setDefault(before);
    }

    /** Zones far east and west of UTC, with and without summer time, north and south. */
    private static final List<String> ZONES = List.of("Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/London",
            "Australia/Sydney", "America/St_Johns", "Asia/Kathmandu", "Etc/UTC");

    @Test
    public void todayIsTheDateInTheMachinesZone() {
        for (String zone : ZONES) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            LocalDate earliest = LocalDate.now(ZoneId.of(zone));
            LocalDate today = new SystemClock().today();
            LocalDate latest = LocalDate.now(ZoneId.of(zone));
            assertTrue(zone + ": " + today, !today.isBefore(earliest) && !today.isAfter(latest));
        }
    }

    @Test
    public void todayAfterTheZoneIsKnownIsTheSameDate() {
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        SystemClock clock = new SystemClock();
        assertEquals(ZoneId.of("Pacific/Kiritimati"), clock.getZone());
        LocalDate earliest = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        LocalDate today = clock.today();
        assertTrue(today.toString(), !today.isBefore(earliest) && !today.isAfter(LocalDate.now(ZoneId.of("Pacific/Kiritimati"))));
    }

    @Test
    public void theZoneIsTheMachinesAndAnotherZoneGivesJavasSystemClock() {
        TimeZone.setDefault(TimeZone.getTimeZone("Australia/Sydney"));
        SystemClock clock = new SystemClock();
        assertEquals(ZoneId.of("Australia/Sydney"), clock.getZone());
        assertEquals(Clock.system(ZoneOffset.UTC), clock.withZone(ZoneOffset.UTC));
        long millis = clock.millis();
        assertTrue(Math.abs(millis - System.currentTimeMillis()) < 60_000);
        assertTrue(Math.abs(clock.instant().toEpochMilli() - millis) < 60_000);
    }

    @Test
    public void anyOtherClockGivesItsOwnDate() {
        Clock fixed = Clock.fixed(Instant.parse("2027-03-10T23:30:00Z"), ZoneId.of("Pacific/Kiritimati"));
        assertEquals(LocalDate.of(2027, 3, 11), SystemClock.today(fixed));
        assertEquals(LocalDate.of(2027, 3, 10), SystemClock.today(fixed.withZone(ZoneOffset.UTC)));
    }
}
