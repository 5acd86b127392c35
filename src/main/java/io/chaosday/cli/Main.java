package io.chaosday.cli;

import java.nio.file.Path;
import picocli.CommandLine;

/** Entry point of the {@code chaosday} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CommandLine cli = ChaosDayCli.commandLine(java.time.Clock.systemDefaultZone(), System.getenv(),
                new RestConnections(), Path.of(""), args);
        int exit = cli.execute(args);
        // System.exit does not flush picocli's writers; whatever a command printed must reach the user.
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(exit);
    }
}
