package io.chaosday.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chaosday completion}: a completion script for bash and zsh, printed for the shell to load. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for bash or zsh.", "",
            "Load it in the running shell, or add that line to ~/.bashrc (or ~/.zshrc) to keep it."},
        footer = {"", "Examples:",
            "  source <(chaosday completion)",
            "  chaosday completion > ~/.chaosday-completion.bash"})
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("chaosday", spec.root().commandLine()));
        return ExitCodes.OK;
    }
}
