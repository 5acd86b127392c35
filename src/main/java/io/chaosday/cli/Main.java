package io.chaosday.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Entry point of the {@code chaosday} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new SystemClock(), System.getenv(), System.out, System.err, args));
    }

    /** Runs one command with its output made safe for a terminal; returns the exit status. */
    static int run(Clock clock, Map<String, String> environment, PrintStream stdout, PrintStream stderr, String... args) {
        java.io.Writer rawErr = new OutputStreamWriter(stderr, Charset.defaultCharset());
        Terminal terminal = Terminal.of(System.console() != null, environment, rawErr);
        PrintWriter err = new PrintWriter(new TerminalText.SafeWriter(terminal.endingProgressBefore(rawErr)), true);
        return run(clock, environment, new RestConnections(), Path.of(""), terminal(stdout), err,
                terminal.withStdout(new OutputStreamWriter(stdout, Charset.defaultCharset())), args);
    }

    /** Runs one command: {@code --version} alone is answered without building picocli's model, everything else through picocli. */
    static int run(Clock clock, Map<String, String> environment, Connections connections, Path workingDirectory,
            PrintWriter stdout, PrintWriter stderr, String... args) {
        return run(clock, environment, connections, workingDirectory, stdout, stderr, Terminal.PLAIN, args);
    }

    /** As above, with stderr the {@code terminal} it is: progress redrawn in place there. */
    static int run(Clock clock, Map<String, String> environment, Connections connections, Path workingDirectory,
            PrintWriter stdout, PrintWriter stderr, Terminal terminal, String... args) {
        try {
            if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
                stdout.println(Version.line());
                return ExitCodes.OK;
            }
            return ChaosDayCli.execute(clock, environment, connections, workingDirectory, stdout, stderr, terminal, args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands only Exceptions to the failure handler; an Error would end as a stack trace.
            stderr.println(FailureLine.of("chaosday: " + (e instanceof OutOfMemoryError
                    ? "ran out of memory (" + e.getMessage() + "); give Java more with JAVA_TOOL_OPTIONS=-Xmx1g, or report"
                    + " the command you ran if the answers it read were small"
                    : "ran out of stack; please report it, with the command you ran")));
            return ExitCodes.FAILURE;
        } finally {
            // System.exit does not flush these writers; whatever a command printed must reach the user.
            stdout.flush();
            stderr.flush();
            terminal.endLine();
        }
    }

    private static PrintWriter terminal(OutputStream stream) {
        return new PrintWriter(new TerminalText.SafeWriter(new OutputStreamWriter(stream, Charset.defaultCharset())), true);
    }
}
