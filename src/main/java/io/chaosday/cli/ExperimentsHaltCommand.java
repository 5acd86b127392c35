package io.chaosday.cli;

import io.chaosday.workflow.runlog.LogKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chaosday experiments halt}: the experiment is called off before its end. */
@Command(name = "halt", mixinStandardHelpOptions = true,
        description = {"Halt an experiment: call it off before its end, saying why. The review shows the reason."},
        footer = {"", "Example (with JIRA_URL and JIRA_PROJECT set):",
            "  chaosday experiments halt CHAOS-21 --reason \"real customers affected\""})
public final class ExperimentsHaltCommand extends RunLogCommand {

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it was halted.")
    String reason;

    @Override
    public Integer call() {
        if (reason.isBlank()) {
            throw new UsageException("--reason is empty; say why the experiment was halted");
        }
        return write(LogKind.HALT, reason, false);
    }
}
