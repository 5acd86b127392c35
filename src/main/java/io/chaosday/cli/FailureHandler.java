package io.chaosday.cli;

import picocli.CommandLine;

/** Prints a command's failure as one line on its error stream and returns the status {@link Failures} gives it. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        command.getErr().println(Failures.line(command.getCommandName(), failure));
        return command.getExitCodeExceptionMapper().getExitCode(failure);
    }
}
