package io.chaosday.cli;

import io.chaosday.cli.ConnectionDefaults.Setting;
import io.chaosday.tracker.Project;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Picks one Chaos Day in a project by the name it was created with: {@code --name}, else
 * {@code CHAOSDAY_NAME}, else {@code name:} in the working folder's file, else in the user's own
 * file; without any, the only Chaos Day there.
 */
public final class WhichChaosDay {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--name", paramLabel = "TEXT",
            description = "Which Chaos Day (the --name given to create), when the project has more than one. "
                    + "Default: CHAOSDAY_NAME, else 'name:' in the config file.")
    String name;

    /** The name given as an option, else the default in effect. */
    public Optional<String> name() {
        return given().or(() -> defaultName(command));
    }

    /**
     * The Chaos Day an experiment given by {@code experiment} (an issue key or a title) belongs to.
     * An issue key says the project and the Chaos Day by itself; only a --name given on this run
     * overrides it. A title needs the project and, where there are several, the name.
     */
    public ChaosDayIssues holding(String experiment, ChaosDayFinder finder, JiraOptions jira) {
        return Project.ofIssueKey(experiment).isPresent()
                ? finder.findHolding(experiment, given())
                : finder.findByName(jira.projectKey(), name());
    }

    /** The name given as an option on this run, and only that. */
    public Optional<String> given() {
        return Optional.ofNullable(name).map(String::strip).filter(n -> !n.isEmpty());
    }

    /** The Chaos Day's name among the defaults of {@code command}: environment, then the files. */
    static Optional<String> defaultName(CommandSpec command) {
        ChaosDayCli root = (ChaosDayCli) command.root().userObject();
        OptionSpec configOption = command.findOption("--config");
        Optional<Path> config = Optional.ofNullable(configOption == null ? null : configOption.getValue());
        return ConnectionDefaults.read(root.environment(), config, root.workingDirectory())
                .get(Setting.NAME).map(ConnectionDefaults.Value::text);
    }
}
