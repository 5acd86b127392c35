package io.chaosday.cli;

import io.chaosday.workflow.runlog.LogKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chaosday experiments stop}: the experiment is over and its failure undone. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Stop an experiment once it is over and its failure undone: its log gets a 'stop' entry."},
        footer = {"", "Example (with JIRA_URL and JIRA_PROJECT set):",
            "  chaosday experiments stop CHAOS-21 --at 10:15"})
public final class ExperimentsStopCommand extends RunLogCommand {

    @Option(names = "--note", paramLabel = "TEXT", description = "How it ended, in a line.")
    String note;

    @Override
    public Integer call() {
        return write(LogKind.STOP, note == null ? "" : note, false);
    }
}
