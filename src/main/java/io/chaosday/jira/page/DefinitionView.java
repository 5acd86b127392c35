package io.chaosday.jira.page;

import java.util.List;

/**
 * The Chaos Day's definition as the form shows it.
 *
 * @param chaosDay    the first day, ISO ({@code 2027-03-10}), what the date field holds
 * @param weekday     its day of the week, in the reader's words
 * @param provisional the date was chosen for the facilitator when the project was created and not yet set by them
 * @param weekend     weekend days as three-letter names ({@code SAT}), what the form sends back
 * @param timeZone    the zone the day's run log is kept in ({@code Europe/London}); empty for Jira's own
 */
public record DefinitionView(String name, String chaosDay, String weekday, int days, List<String> teams,
                             List<String> holidays, List<String> weekend, boolean provisional, String timeZone) {

    /** A definition that names no time zone. */
    public DefinitionView(String name, String chaosDay, String weekday, int days, List<String> teams, List<String> holidays,
            List<String> weekend, boolean provisional) {
        this(name, chaosDay, weekday, days, teams, holidays, weekend, provisional, "");
    }

    public boolean hasTimeZone() {
        return !timeZone.isBlank();
    }

    public DefinitionView {
        teams = List.copyOf(teams);
        holidays = List.copyOf(holidays);
        weekend = List.copyOf(weekend);
    }

    public int teamCount() {
        return teams.size();
    }

    /** Teams one per line, as the form's text area holds them. */
    public String teamsText() {
        return String.join("\n", teams);
    }

    /** Holidays one per line. */
    public String holidaysText() {
        return String.join("\n", holidays);
    }

    public String weekendText() {
        return String.join(",", weekend);
    }

    /** Whether the form's checkbox for this day ({@code MON}...{@code SUN}) is ticked. */
    public boolean isWeekend(String day) {
        return weekend.contains(day);
    }

    public boolean hasHolidays() {
        return !holidays.isEmpty();
    }
}
