package io.chaosday.cli;

import io.chaosday.workflow.runlog.LogKind;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chaosday experiments log}: something that happened while an experiment ran. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Add an entry to a running experiment's log: what the responders detected, how they responded, "
                + "when service recovered, or a note.", "",
            "Time to detect is worked out from the start to the first 'detected', time to recover from the start to "
                + "the first 'recovered'. Running it again after a lost answer writes nothing more."},
        footer = {"", "Examples (with JIRA_URL and JIRA_PROJECT set):",
            "  chaosday experiments log CHAOS-21 \"Latency alert\" --kind detected",
            "  chaosday experiments log CHAOS-21 \"Errors normal\" --kind recovered --at 10:09"})
public final class ExperimentsLogCommand extends RunLogCommand {

    /** The kinds a person logs; start, stop and halt have commands of their own. */
    enum Kind {
        DETECTED(LogKind.DETECTED), RESPONDED(LogKind.RESPONDED), RECOVERED(LogKind.RECOVERED), NOTE(LogKind.NOTE);

        private final LogKind kind;

        Kind(LogKind kind) {
            this.kind = kind;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Parameters(index = "1", paramLabel = "TEXT", description = "What happened, in a line.")
    String text;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "note",
            description = "One of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Kind kind;

    @Override
    public Integer call() {
        if (text.isBlank()) {
            throw new UsageException("say what happened: the log entry's text is empty");
        }
        return write(kind.kind, text, false);
    }
}
