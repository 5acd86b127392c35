package io.chaosday.cli;

import io.chaosday.stub.LocalJira;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.rules.ExternalResource;

/**
 * A local Jira for each test, and the command line run against it as a user would run it: the
 * token from the environment, {@code --jira} and {@code --project CHAOS} after the command's own words.
 */
public final class CommandsOnLocalJira extends ExternalResource {

    private final String token;
    private LocalJira jira;

    public CommandsOnLocalJira(String token) {
        this.token = token;
    }

    @Override
    protected void before() throws Throwable {
        jira = new LocalJira(0);
    }

    @Override
    protected void after() {
        jira.close();
    }

    public LocalJira jira() {
        return jira;
    }

    public CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--jira", jira.base().toString(), "--project", "CHAOS"));
        return CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", token), new RestConnections(), all.toArray(String[]::new));
    }
}
