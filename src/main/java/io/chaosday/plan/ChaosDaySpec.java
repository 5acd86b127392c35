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
            throw new InvalidPlanException(new PlanProblem.MissingName());
        }
        name = name.strip();
        teams = List.copyOf(teams);
        if (teams.isEmpty()) {
            throw new InvalidPlanException(new PlanProblem.NoTeams());
        }
        if (teams.size() > MAX_TEAMS) {
            throw new InvalidPlanException(new PlanProblem.TooManyTeams(teams.size(), MAX_TEAMS));
        }
        Set<String> seen = new HashSet<>();
        for (String team : teams) {
            if (team == null || team.isBlank()) {
                throw new InvalidPlanException(new PlanProblem.BlankTeamName());
            }
            if (!seen.add(team.strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidPlanException(new PlanProblem.TeamNamedTwice(team.strip()));
            }
        }
        teams = teams.stream().map(String::strip).toList();
        if (days < 1) {
            throw new InvalidPlanException(new PlanProblem.TooFewDays(days));
        }
        if (!calendar.isWorkingDay(chaosDay)) {
            throw new InvalidPlanException(new PlanProblem.NotAWorkingDay(chaosDay, calendar.nextWorkingDayFrom(chaosDay)));
        }
    }

    /** Teams named "Team 1" to "Team n". */
    public static List<String> numberedTeams(int count) {
        if (count < 1 || count > MAX_TEAMS) {
            throw new InvalidPlanException(new PlanProblem.TeamCountOutOfRange(count, MAX_TEAMS));
        }
        return IntStream.rangeClosed(1, count).mapToObj(i -> "Team " + i).toList();
    }
}
