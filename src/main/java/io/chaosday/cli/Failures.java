package io.chaosday.cli;

import io.chaosday.plan.InvalidPlanException;
import io.chaosday.http.MissingCredentialsException;
import io.chaosday.rest.WrongProduct;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.WorkflowException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which exit status a failure gets, 2 for what the user can change (the message says what), 1 for
 * everything else, and whether its words ({@link FailureWords}) are for users or it is a bug to report.
 * Free of picocli, so a command run without picocli's model ({@link QuickCommands}) fails alike.
 */
final class Failures {

    private Failures() {
    }

    /** Failures caused by the user's input, options or setup; the message names the fix. */
    private static final List<Predicate<Throwable>> USERS_TO_FIX = List.of(
            UsageException.class::isInstance,
            InvalidPlanException.class::isInstance,
            WorkflowException.class::isInstance,
            MissingCredentialsException.class::isInstance,
            WrongProduct.class::isInstance,
            t -> t instanceof TrackerException te
                    && (te.kind() == TrackerException.Kind.REJECTED || te.kind() == TrackerException.Kind.NOT_FOUND));

    /** Failures whose message is written for the user; anything else is a bug to report. */
    private static final List<Predicate<Throwable>> WORDED_FOR_USERS = List.of(
            TrackerException.class::isInstance,
            CommandFailure.class::isInstance);

    /** The exit status; picocli's exit-code mapper is this method. */
    static int exitCode(Throwable failure) {
        return matches(USERS_TO_FIX, failure) ? ExitCodes.USAGE : ExitCodes.FAILURE;
    }

    /** What a failed command prints: its name and the failure's words, on one line. */
    static String line(String command, Throwable failure) {
        return FailureLine.of(command + ": " + wording(failure));
    }

    /** The failure in the user's words: one line, never a stack trace. */
    static String wording(Throwable failure) {
        if (matches(USERS_TO_FIX, failure) || matches(WORDED_FOR_USERS, failure)) {
            return FailureWords.message(failure);
        }
        return "unexpected error: " + failure + " (please report it, with the command you ran)";
    }

    private static boolean matches(List<Predicate<Throwable>> kinds, Throwable failure) {
        return kinds.stream().anyMatch(kind -> kind.test(failure));
    }
}
