package io.chaosday.bench;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.Scheduler;
import io.chaosday.plan.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * How many plans a second the engine computes in-process, for 1 and 100 teams. Run by
 * bench/plan.sh; a benchmark, not a test: it prints figures and asserts nothing.
 * The baseline is the cheapest honest work in the same loop: building the spec alone.
 */
public final class PlanThroughput {

    private static final Duration WARM_UP = new Duration(2_000);
    private static final Duration MEASURE = new Duration(3_000);

    private record Duration(long millis) {
    }

    public static void main(String[] args) {
        Scheduler scheduler = Scheduler.withDefaults();
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday().withHolidays(
                Set.of(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-04-02"), LocalDate.parse("2027-04-05")));
        for (int teams : new int[] {1, 100}) {
            List<String> names = ChaosDaySpec.numberedTeams(teams);
            LocalDate date = LocalDate.parse("2027-05-12");
            Runnable baseline = () -> sink(new ChaosDaySpec("Chaos Day", date, 1, names, calendar));
            Runnable plan = () -> sink(scheduler.schedule(new ChaosDaySpec("Chaos Day", date, 1, names, calendar)));
            double base = perSecond(baseline);
            double plans = perSecond(plan);
            System.out.printf("engine, %3d teams: %,12.0f plans/s  (%7.2f µs/plan)   baseline spec only: %,12.0f/s%n",
                    teams, plans, 1e6 / plans, base);
        }
        System.out.println("(sink " + sink + ")");
    }

    private static double perSecond(Runnable work) {
        run(work, WARM_UP);
        long start = System.nanoTime();
        long count = run(work, MEASURE);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static long run(Runnable work, Duration duration) {
        long end = System.nanoTime() + duration.millis() * 1_000_000;
        long count = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                work.run();
            }
            count += 100;
        }
        return count;
    }

    private static long sink;

    /** Keeps the JIT from dropping work whose result is unused. */
    private static void sink(Object o) {
        sink += o.hashCode() & 1;
        if (o instanceof ChaosDayPlan p) {
            sink += p.ticketCount();
        }
    }
}
