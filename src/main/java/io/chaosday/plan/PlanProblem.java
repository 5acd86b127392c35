package io.chaosday.plan;

import java.time.LocalDate;
import java.util.List;

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

    /** No date for the Chaos Day: given nowhere and none stored. */
    record MissingDate() implements PlanProblem {
    }

    /**
     * A ticket would be due outside the years 1 to {@code lastYear}, which a YYYY-MM-DD date (Jira,
     * CSV, iCalendar) cannot hold.
     */
    record UnwritableDate(String ticket, LocalDate due, int lastYear) implements PlanProblem {
    }

    /** A time zone that is not one of the IANA names Java knows, such as Europe/London. */
    record UnknownTimeZone(String given) implements PlanProblem {
    }

    /**
     * Tickets of a new plan would already be overdue: {@code count} of them, the first few in
     * {@code first} (at most five), each as its identity and due date ("kickoff/Payments 2027-01-05").
     */
    record StartsInThePast(int count, List<String> first) implements PlanProblem {

        public StartsInThePast {
            first = List.copyOf(first);
        }
    }
}
