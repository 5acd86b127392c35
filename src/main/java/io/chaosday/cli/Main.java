package io.chaosday.cli;

/** Entry point of the {@code chaosday} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ChaosDayCli.commandLine(java.time.Clock.systemDefaultZone(), System.getenv(), new RestConnections(System.err)).execute(args));
    }
}
