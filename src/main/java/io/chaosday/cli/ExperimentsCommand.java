package io.chaosday.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chaosday experiments}: the experiment cards of a Chaos Day, as Jira tickets. */
@Command(name = "experiments", mixinStandardHelpOptions = true,
        description = {"Track experiments and their outcomes as Jira tickets.", "",
            "Each experiment is a ticket under the Execute epic carrying its card: title, failure invoked, expected "
                + "impact, expected response, rollback, isolation, environment, owner and team."},
        subcommands = {ExperimentsAddCommand.class, ExperimentsListCommand.class, ExperimentsOutcomeCommand.class,
            ExperimentsStartCommand.class, ExperimentsLogCommand.class, ExperimentsStopCommand.class, ExperimentsHaltCommand.class})
public final class ExperimentsCommand implements Runnable {

    @Mixin
    CommandContext context;

    @Override
    public void run() {
        context.command.commandLine().usage(context.out());
    }
}
