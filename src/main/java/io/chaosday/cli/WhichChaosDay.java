package io.chaosday.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** Picks one Chaos Day in a project by the name it was created with; without one, the only one there. */
public final class WhichChaosDay {

    @Option(names = "--name", paramLabel = "TEXT",
            description = "Which Chaos Day (the --name given to create), when the project has more than one.")
    String name;

    public Optional<String> name() {
        return Optional.ofNullable(name).map(String::strip);
    }
}
