package io.chaosday.cli;

import io.chaosday.plan.InvalidPlanException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chaosday} command and the seams its subcommands share (clock, environment). */
@Command(
        name = "chaosday",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Plan, run and learn from a Chaos Day in Jira and Confluence.",
            "",
            "Start with: chaosday plan --chaos-day YYYY-MM-DD --teams N"
        },
        subcommands = {PlanCommand.class, CreateCommand.class, RescheduleCommand.class, StatusCommand.class,
            ExperimentsCommand.class, PublishCommand.class,
            CommandLine.HelpCommand.class})
public final class ChaosDayCli implements Runnable {

    private final Clock clock;
    private final Map<String, String> environment;
    private final Connections connections;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public ChaosDayCli(Clock clock, Map<String, String> environment, Connections connections) {
        this.clock = clock;
        this.environment = Map.copyOf(environment);
        this.connections = connections;
    }

    public Connections connections() {
        return connections;
    }

    public Clock clock() {
        return clock;
    }

    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with its error handling: one line on stderr, never a stack trace. */
    public static CommandLine commandLine(Clock clock, Map<String, String> environment, Connections connections) {
        CommandLine cli = new CommandLine(new ChaosDayCli(clock, environment, connections));
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            oneLine(err, ex.getCommandLine().getCommandName() + ": " + ex.getMessage()
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof UsageException || ex instanceof InvalidPlanException) {
                oneLine(err, commandLine.getCommandName() + ": " + FailureWords.message(ex));
                return ExitCodes.USAGE;
            }
            if (ex instanceof io.chaosday.workflow.WorkflowException || ex instanceof io.chaosday.rest.MissingCredentialsException) {
                oneLine(err, commandLine.getCommandName() + ": " + FailureWords.message(ex));
                return ExitCodes.USAGE;
            }
            if (ex instanceof io.chaosday.tracker.TrackerException te) {
                oneLine(err, commandLine.getCommandName() + ": " + te.getMessage());
                return te.kind() == io.chaosday.tracker.TrackerException.Kind.REJECTED
                        || te.kind() == io.chaosday.tracker.TrackerException.Kind.NOT_FOUND ? ExitCodes.USAGE : ExitCodes.FAILURE;
            }
            if (ex instanceof CommandFailure) {
                oneLine(err, commandLine.getCommandName() + ": " + ex.getMessage());
                return ExitCodes.FAILURE;
            }
            oneLine(err, commandLine.getCommandName() + ": unexpected error: " + ex
                    + " (please report it, with the command you ran)");
            return ExitCodes.FAILURE;
        });
        return cli;
    }

    /** A failure is one line, even when it quotes input that holds line breaks: those show as \n. */
    private static void oneLine(PrintWriter err, String message) {
        err.println(message.strip().replaceAll("\\R", "\\\\n"));
    }
}
