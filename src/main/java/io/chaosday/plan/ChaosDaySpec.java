package io.chaosday.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What the facilitator decides: the Chaos Day's name, its first day, how many working days it
 * lasts, the teams taking part and the working calendar.
 */
public record ChaosDaySpec(String name, LocalDate chaosDay, int days, List<String> teams, WorkingCalendar calendar) {

    public static final int MAX_TEAMS = 100;

    public ChaosDaySpec {
        if (name == null || name.isBlank()) {
            throw new InvalidPlanException("the Chaos Day needs a name; give one with --name");
        }
        name = name.strip();
        teams = List.copyOf(teams);
        if (teams.isEmpty()) {
            throw new InvalidPlanException("a Chaos Day needs at least one team; use --teams N or --team NAME");
        }
        if (teams.size() > MAX_TEAMS) {
            throw new InvalidPlanException("at most " + MAX_TEAMS + " teams take part in one Chaos Day, not "
                    + teams.size() + "; split them into several Chaos Days");
        }
        Set<String> seen = new HashSet<>();
        for (String team : teams) {
            if (team == null || team.isBlank()) {
                throw new InvalidPlanException("a team name is empty; give every team a name");
            }
            if (!seen.add(team.strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidPlanException("the team '" + team.strip() + "' is named twice; give each team once");
            }
        }
        teams = teams.stream().map(String::strip).toList();
        if (days < 1) {
            throw new InvalidPlanException("--days must be 1 or more working days, not " + days);
        }
        if (!calendar.isWorkingDay(chaosDay)) {
            throw new InvalidPlanException("the Chaos Day " + chaosDay + " (" + Dates.weekday(chaosDay)
                    + ") is not a working day; the next working day is "
                    + Dates.withWeekday(calendar.nextWorkingDayFrom(chaosDay)));
        }
    }

    /** Teams named "Team 1" to "Team n". */
    public static List<String> numberedTeams(int count) {
        if (count < 1 || count > MAX_TEAMS) {
            throw new InvalidPlanException("--teams must be between 1 and " + MAX_TEAMS + ", not " + count);
        }
        return IntStream.rangeClosed(1, count).mapToObj(i -> "Team " + i).toList();
    }
}
