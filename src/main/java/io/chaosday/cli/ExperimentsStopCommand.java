package io.chaosday.cli;

import io.chaosday.workflow.runlog.LogKind;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chaosday experiments stop}: the experiment is over and its failure undone. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Stop an experiment once it is over and its failure undone: its log gets a 'stop' entry."},
        footer = {"", "Example (with JIRA_URL and JIRA_PROJECT set):",
            "  chaosday experiments stop CHAOS-21 --at 10:15"})
public final class ExperimentsStopCommand implements Callable<Integer> {

    @Mixin
    CommandContext context;

    @Mixin
    JiraOptions jira;

    @Mixin
    WhichChaosDay which;

    @Mixin
    RunLogOptions log;

    @Parameters(index = "0", paramLabel = "KEY|TITLE", description = "The experiment's issue key or title.")
    String experiment;

    @Option(names = "--note", paramLabel = "TEXT", description = "How it ended, in a line.")
    String note;

    @Override
    public Integer call() {
        return log.write(context.root(), jira, which, context.out(), experiment, LogKind.STOP, note == null ? "" : note, false);
    }
}
