package io.chaosday.cli;

import io.chaosday.workflow.runlog.LogKind;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What the commands that write an experiment's run log share besides the Chaos Day: the experiment
 * and when it happened. Each command adds its own text and writes one entry.
 */
abstract class RunLogCommand extends ChaosDayCommand {

    @Mixin
    RunLogOptions log;

    @Parameters(index = "0", paramLabel = "KEY|TITLE", description = "The experiment's issue key or title.")
    String experiment;

    /** Writes one entry of this kind to the experiment's log and says what happened. */
    final int write(LogKind kind, String text, boolean force) {
        return log.write(context.root(), jira, which, context.out(), experiment, kind, text, force);
    }
}
