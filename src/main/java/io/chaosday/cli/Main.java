package io.chaosday.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the {@code chaosday} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Clock.systemDefaultZone(), System.getenv(), System.out, System.err, args));
    }

    /** Runs one command with its output made safe for a terminal; returns the exit status. */
    static int run(Clock clock, Map<String, String> environment, PrintStream stdout, PrintStream stderr, String... args) {
        PrintWriter err = terminal(stderr);
        CommandLine cli = ChaosDayCli.commandLine(clock, environment, new RestConnections(stderr));
        cli.setOut(terminal(stdout));
        cli.setErr(err);
        // Our own output has no colours; escape sequences would be shown as '?' by the safe writer anyway.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        int exit = cli.execute(args);
        // System.exit does not flush picocli's writers; whatever a command printed must reach the user.
        cli.getOut().flush();
        cli.getErr().flush();
        return exit;
    }

    private static PrintWriter terminal(OutputStream stream) {
        return new PrintWriter(new TerminalText.SafeWriter(new OutputStreamWriter(stream, Charset.defaultCharset())), true);
    }
}
