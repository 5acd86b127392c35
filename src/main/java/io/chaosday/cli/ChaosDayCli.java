package io.chaosday.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chaosday} command and the seams its subcommands share (clock, environment, working folder). */
@Command(
        name = "chaosday",
        mixinStandardHelpOptions = true,
        description = {
            "Plan, run and learn from a Chaos Day in Jira and Confluence.",
            "",
            "Start with: chaosday plan --chaos-day YYYY-MM-DD --teams N",
            "Then, once: chaosday init (where Jira and Confluence are)"
        },
        footer = {"", "Exit codes:",
            "  0  done",
            "  1  the work failed: Jira, Confluence or a file (the message says what)",
            "  2  bad input or setup: the message says what to change",
            "  3  status --fail-on-overdue found overdue tickets; ready found the Chaos Day not ready (no-go)"})
public final class ChaosDayCli implements Runnable {

    /**
     * The commands that can be built alone. Building picocli's model of every command costs more
     * than most commands take to run, so a run builds only the one it runs (none for --version); top-level help,
     * {@code help}, {@code completion} and a mistyped command get the whole tree.
     */
    private static final List<String> COMMANDS =
            List.of("plan", "init", "create", "reschedule", "status", "ready", "experiments", "publish");

    private final Clock clock;
    private final Map<String, String> environment;
    private final Connections connections;
    private final Path workingDirectory;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What stderr is; plain lines unless {@link Main} found a terminal. */
    private Terminal terminal = Terminal.PLAIN;

    public ChaosDayCli(Clock clock, Map<String, String> environment, Connections connections, Path workingDirectory) {
        this.clock = clock;
        this.environment = Map.copyOf(environment);
        this.connections = connections;
        this.workingDirectory = workingDirectory;
    }

    /**
     * A new instance of the named command. A switch rather than a map of constructor references:
     * each reference is a lambda bootstrapped at start-up, and this runs before every command.
     */
    private static Object command(String name) {
        return switch (name) {
            case "plan" -> new PlanCommand();
            case "init" -> new InitCommand();
            case "create" -> new CreateCommand();
            case "reschedule" -> new RescheduleCommand();
            case "status" -> new StatusCommand();
            case "ready" -> new ReadyCommand();
            case "experiments" -> new ExperimentsCommand();
            case "publish" -> new PublishCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
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

    /** What stderr is: where progress is redrawn in place, or plain lines. */
    Terminal terminal() {
        return terminal;
    }

    /** Where {@code .chaosday.yaml} is looked for. */
    public Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The whole command tree, every command built, run from the current folder. */
    public static CommandLine commandLine(Clock clock, Map<String, String> environment, Connections connections) {
        return commandLine(clock, environment, connections, Path.of(""), new String[0]);
    }

    /**
     * The command line for these arguments: only the command they name when it can be built
     * alone, the whole tree otherwise. One line on stderr for any failure, never a stack trace.
     */
    public static CommandLine commandLine(Clock clock, Map<String, String> environment, Connections connections,
            Path workingDirectory, String[] args) {
        ChaosDayCli root = new ChaosDayCli(clock, environment, connections, workingDirectory);
        String first = args.length > 0 ? args[0] : "";
        CommandLine cli;
        if (first.equals("plan")) {
            // Written out from the annotations as picocli's own calls (PlanModel), plan's model reads
            // none of them: reading them is most of a plan run's start-up (docs/speed.md, Start-up).
            cli = PlanModel.commandLine(root, new PlanCommand());
        } else {
            cli = new CommandLine(root);
            if (COMMANDS.contains(first)) {
                cli.addSubcommand(first, command(first));
            } else if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
                // the version needs no command at all
            } else {
                for (String name : COMMANDS) {
                    cli.addSubcommand(name, command(name));
                }
                cli.addSubcommand("completion", new CompletionCommand());
                cli.addSubcommand("help", new CommandLine.HelpCommand());
            }
        }
        everyCommand(cli, () -> new String[] {Version.line()});
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(Failures::exitCode);
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler(new UsageErrors());
        return cli;
    }

    /** Runs the command these arguments name through picocli, printing to these writers; returns the exit status. */
    static int execute(Clock clock, Map<String, String> environment, Connections connections, Path workingDirectory,
            PrintWriter stdout, PrintWriter stderr, String... args) {
        return execute(clock, environment, connections, workingDirectory, stdout, stderr, Terminal.PLAIN, args);
    }

    /** As above, with stderr the {@code terminal} it is. */
    static int execute(Clock clock, Map<String, String> environment, Connections connections, Path workingDirectory,
            PrintWriter stdout, PrintWriter stderr, Terminal terminal, String... args) {
        CommandLine cli = commandLine(clock, environment, connections, workingDirectory, args);
        ((ChaosDayCli) cli.getCommand()).terminal = terminal;
        cli.setOut(stdout);
        cli.setErr(stderr);
        // Our own output has no colours; escape sequences would be shown as '?' by the safe writer anyway.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return cli.execute(args);
    }

    /** Every command answers {@code --version}, and shows the connection defaults in effect in its help. */
    private static void everyCommand(CommandLine command, CommandLine.IVersionProvider version) {
        command.getCommandSpec().versionProvider(version);
        ConnectionDefaultsHelp.addTo(command);
        command.getSubcommands().values().forEach(sub -> everyCommand(sub, version));
    }
}
