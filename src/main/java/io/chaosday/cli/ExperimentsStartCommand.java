package io.chaosday.cli;

import io.chaosday.workflow.runlog.LogKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chaosday experiments start}: the failure is invoked. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Start an experiment: its run log gets a 'start' entry, a comment on its ticket.", "",
            "An experiment whose card says it must run in isolation does not start while another runs in the same "
                + "environment, nor does any while an isolated one runs there: the message names what is running. "
                + "Running it again after a lost answer writes nothing more."},
        footer = {"", "Examples (with JIRA_URL and JIRA_PROJECT set):",
            "  chaosday experiments start CHAOS-21",
            "  chaosday experiments start CHAOS-21 --at 10:02 --note \"cache nodes stopped\""})
public final class ExperimentsStartCommand extends RunLogCommand {

    @Option(names = "--note", paramLabel = "TEXT", description = "What was done to start it.")
    String note;

    @Option(names = "--force", description = "Start even though the environment is in use; the log says so.")
    boolean force;

    @Override
    public Integer call() {
        return write(LogKind.START, note == null ? "" : note, force);
    }
}
