package io.chaosday.cli;

import io.chaosday.plan.ChaosDayPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@code chaosday plan} does once picocli has read its options. */
final class PlanRun {

    private PlanRun() {
    }

    /** Prints the plan in one format, or writes every format into {@code out}; returns the exit status. */
    static int run(PlanOptions options, OutputFormat format, Optional<Path> out, Clock clock, PrintWriter stdout) {
        ChaosDayPlan plan = options.plan(clock);
        LocalDate today = SystemClock.today(clock);
        if (out.isEmpty()) {
            stdout.print(format.renderer().render(plan, today));
            stdout.flush();
            return ExitCodes.OK;
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (OutputFormat f : OutputFormat.values()) {
            files.put(f.fileName(), f.renderer().render(plan, today));
        }
        List<Path> written = OutputFiles.write(out.get(), files);
        written.forEach(p -> stdout.println("wrote " + p));
        return ExitCodes.OK;
    }
}
