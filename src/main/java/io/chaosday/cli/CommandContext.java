package io.chaosday.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command takes from the run it belongs to, mixed into each: where it prints, and the
 * root command's clock, environment and connections. (picocli takes a class as a mixin only
 * when it carries one of its annotations; {@code @Command} adds nothing else.)
 */
@Command
public final class CommandContext {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The root command, which holds what the run was started with. */
    ChaosDayCli root() {
        return (ChaosDayCli) command.root().userObject();
    }

    Clock clock() {
        return root().clock();
    }

    /** Today's date by the run's clock. */
    LocalDate today() {
        return SystemClock.today(clock());
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }
}
