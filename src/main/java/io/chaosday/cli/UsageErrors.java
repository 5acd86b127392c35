package io.chaosday.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A mistyped command line: one line naming the problem, the closest options or commands when
 * something was misspelt, and where to read more. Exit status 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(FailureLine.of(command.getCommandName() + ": " + problem.getMessage()
                + " (see '" + command.getCommandSpec().qualifiedName() + " --help')"));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(problem, err)
                && problem instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            // "--tems 3" leaves two words unmatched and picocli suggests nothing; ask about the first alone
            CommandLine.UnmatchedArgumentException.printSuggestions(new CommandLine.UnmatchedArgumentException(
                    command, java.util.List.of(unmatched.getUnmatched().get(0))), err);
        }
        return ExitCodes.USAGE;
    }
}
