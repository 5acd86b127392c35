package io.chaosday.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;

/**
 * The machine's clock, whose time zone is worked out only when something asks for it. Java builds
 * the default {@link ZoneId} by reading its zone database a second time, after {@link TimeZone}'s
 * own read: about a tenth of a short command's start. Today's date needs only the zone's offset
 * now, which {@code TimeZone} alone gives; run-log times still get the named zone.
 */
final class SystemClock extends Clock {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private volatile ZoneId zone;

    /** Today's date by {@code clock}: read the cheap way from this clock, as {@link LocalDate#now(Clock)} otherwise. */
    static LocalDate today(Clock clock) {
        return clock instanceof SystemClock system ? system.today() : LocalDate.now(clock);
    }

    LocalDate today() {
        ZoneId known = zone;
        if (known != null) {
            return LocalDate.now(Clock.system(known));
        }
        long now = System.currentTimeMillis();
        return LocalDate.ofEpochDay(Math.floorDiv(now + TimeZone.getDefault().getOffset(now), MILLIS_PER_DAY));
    }

    @Override
    public ZoneId getZone() {
        ZoneId known = zone;
        if (known == null) {
            known = ZoneId.systemDefault();
            zone = known;
        }
        return known;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
