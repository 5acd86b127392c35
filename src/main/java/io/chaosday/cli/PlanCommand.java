package io.chaosday.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chaosday plan}: the whole timeline, offline. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {
            "Work out a Chaos Day's timeline offline.",
            "",
            "Four phase epics (plan, execute, review, share) and their tickets, with due dates worked back from "
                + "the Chaos Day and scaled by the number of teams. Nothing is sent anywhere. Use --out to write "
                + "every format at once, ready to import."
        },
        footer = {"", "Examples:",
            "  chaosday plan --chaos-day 2027-03-10 --teams 4",
            "  chaosday plan --chaos-day 2027-03-10 --team Payments --team Search \\",
            "      --holiday 2027-03-01 --out plan/"})
public final class PlanCommand implements Callable<Integer> {

    @Mixin
    CommandContext context;

    @Mixin
    PlanOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}: a table, JSON, the Jira CSV import file, a calendar (ics) "
                    + "or a timeline page (html). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write every format into DIR instead of printing one.")
    Path out;

    @Override
    public Integer call() {
        return PlanRun.run(options, format, Optional.ofNullable(out), context.clock(), context.out());
    }
}
