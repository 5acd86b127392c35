package io.chaosday.workflow.day;

import java.util.List;

/**
 * The go / no-go checklist for a Chaos Day: every check, passed or not, with what stands in its way.
 * The day is a go only when every check passes.
 */
public record Readiness(String chaosDayName, List<Check> checks) {

    public Readiness {
        checks = List.copyOf(checks);
    }

    /** What is checked, in the order a facilitator works through it. */
    public enum Topic {
        /** Every team has at least one experiment to respond to. */
        EVERY_TEAM_HAS_AN_EXPERIMENT,
        /** Every experiment card says all the playbook asks of it, and Jira knows its owner. */
        CARDS_COMPLETE,
        /** The Plan phase's tickets are done. */
        PLAN_DONE,
        /** The Agents of Chaos are named. */
        AGENTS_NAMED,
        /** No ticket the day depends on is overdue. */
        NOTHING_OVERDUE
    }

    /** One check and, when it failed, what stands in its way. */
    public record Check(Topic topic, List<ReadinessProblem> problems) {
        public Check {
            problems = List.copyOf(problems);
        }

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /** Whether every check passed. */
    public boolean go() {
        return checks.stream().allMatch(Check::passed);
    }
}
