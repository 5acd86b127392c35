package io.chaosday.plan;

import java.util.Arrays;
import java.util.Optional;

/** The ticket kinds of the default schedule, in plan order. */
public enum Step {
    SCOPE("scope", Phase.PLAN, Fan.ONCE),
    KICKOFF("kickoff", Phase.PLAN, Fan.PER_TEAM),
    AGENTS("agents", Phase.PLAN, Fan.ONCE),
    SHORTLIST("shortlist", Phase.PLAN, Fan.ONCE),
    CONFIRM("confirm", Phase.PLAN, Fan.ONCE),
    PREPARE("prepare", Phase.PLAN, Fan.ONCE),
    CHAOS_DAY("chaos-day", Phase.EXECUTE, Fan.ONCE),
    REVIEW("review", Phase.REVIEW, Fan.PER_TEAM),
    TEAM_OF_TEAMS("team-of-teams", Phase.REVIEW, Fan.ONLY_WITH_SEVERAL_TEAMS),
    SHARE("share", Phase.SHARE, Fan.ONCE);

    /** How many tickets a step becomes for a given number of teams. */
    public enum Fan {
        /** One ticket whatever the number of teams. */
        ONCE,
        /** One ticket per team once there are two or more teams; one ticket for a single team. */
        PER_TEAM,
        /** One ticket, and only when there are two or more teams. */
        ONLY_WITH_SEVERAL_TEAMS
    }

    private final String key;
    private final Phase phase;
    private final Fan fan;

    Step(String key, Phase phase, Fan fan) {
        this.key = key;
        this.phase = phase;
        this.fan = fan;
    }

    public String key() {
        return key;
    }

    public Phase phase() {
        return phase;
    }

    public Fan fan() {
        return fan;
    }

    public static Optional<Step> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
