package io.chaosday.plan;

import java.time.LocalDate;

/**
 * Why input cannot make a Chaos Day plan, with the facts; each host words it for its own users
 * (the command line names its options, the plugin its form fields).
 */
public sealed interface PlanProblem {

    /** The Chaos Day has no name. */
    record MissingName() implements PlanProblem {
    }

    /** No team takes part. */
    record NoTeams() implements PlanProblem {
    }

    /** More teams than one Chaos Day takes ({@code max}). */
    record TooManyTeams(int given, int max) implements PlanProblem {
    }

    /** A number of teams outside 1 to {@code max}. */
    record TeamCountOutOfRange(int given, int max) implements PlanProblem {
    }

    /** A team with an empty name. */
    record BlankTeamName() implements PlanProblem {
    }

    /** The same team given twice (compared without case). */
    record TeamNamedTwice(String team) implements PlanProblem {
    }

    /** A length of less than one working day. */
    record TooFewDays(int given) implements PlanProblem {
    }

    /** A length outside 1 to {@code max} working days. */
    record DaysOutOfRange(int given, int max) implements PlanProblem {
    }

    /** The Chaos Day falls on a weekend day or a holiday. */
    record NotAWorkingDay(LocalDate date, LocalDate nextWorkingDay) implements PlanProblem {
    }

    /** A weekend of all seven days leaves no working day. */
    record NoWorkingDays() implements PlanProblem {
    }

    /**
     * A file (plan file, experiments file) that cannot be read as one: {@code where} names the file
     * and line, {@code detail} what is wrong there in the file's own terms.
     */
    record InFile(String where, String detail) implements PlanProblem {
    }
}
