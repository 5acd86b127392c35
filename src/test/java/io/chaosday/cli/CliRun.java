package io.chaosday.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the command line in-process with a fixed clock, capturing what it prints. */
public record CliRun(int exit, String out, String err) {

    static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    static final Connections NO_CONNECTIONS = connections(null, null);

    /** Connections that hand out the given fakes; null ones fail the test when asked for. */
    public static Connections connections(io.chaosday.tracker.IssueTracker jira, io.chaosday.tracker.Wiki wiki) {
        return new Connections() {
            @Override
            public io.chaosday.tracker.IssueTracker jira(JiraOptions options, Map<String, String> environment) {
                if (jira == null) {
                    throw new AssertionError("no tracker in this test");
                }
                return jira;
            }

            @Override
            public io.chaosday.tracker.Wiki confluence(ConfluenceOptions options, Map<String, String> environment) {
                if (wiki == null) {
                    throw new AssertionError("no wiki in this test");
                }
                return wiki;
            }
        };
    }

    static CliRun of(String... args) {
        return of(NOV_2026, Map.of(), args);
    }

    static CliRun of(Clock clock, Map<String, String> env, String... args) {
        return of(clock, env, NO_CONNECTIONS, args);
    }

    public static CliRun of(Clock clock, Map<String, String> env, Connections connections, String... args) {
        return in(java.nio.file.Path.of(""), clock, env, connections, args);
    }

    /** Runs as {@code main} does (plain {@code plan} runs without picocli's model), from {@code workingDirectory}. */
    static CliRun in(java.nio.file.Path workingDirectory, Clock clock, Map<String, String> env, Connections connections,
            String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(clock, env, connections, workingDirectory, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Runs through picocli whatever the arguments, as every command but plain {@code plan} runs. */
    static CliRun throughPicocli(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ChaosDayCli.execute(clock, Map.of(), NO_CONNECTIONS, java.nio.file.Path.of(""), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
