package io.chaosday.cli;

import io.chaosday.workflow.day.Readiness;
import io.chaosday.workflow.day.ReadinessProblem;

/** The go / no-go checklist in the command line's words: what each check is, what failed, and what to do. */
final class ReadinessWords {

    private ReadinessWords() {
    }

    static String title(Readiness.Topic topic) {
        return switch (topic) {
            case EVERY_TEAM_HAS_AN_EXPERIMENT -> "Every team has an experiment";
            case CARDS_COMPLETE -> "Every experiment card is complete and its owner known to Jira";
            case PLAN_DONE -> "The Plan phase's tickets are done";
            case AGENTS_NAMED -> "The Agents of Chaos are named";
            case NOTHING_OVERDUE -> "Nothing the day depends on is overdue";
        };
    }

    /** What to do when the check fails. */
    static String fix(Readiness.Topic topic) {
        return switch (topic) {
            case EVERY_TEAM_HAS_AN_EXPERIMENT -> "add an experiment for each team named with 'chaosday experiments add --team NAME'";
            case CARDS_COMPLETE -> "fill in the card's missing parts with 'chaosday experiments add' (same title), and give "
                    + "an owner Jira knows (a user name or e-mail address)";
            case PLAN_DONE -> "finish the tickets named, or close them in Jira if they are no longer needed";
            case AGENTS_NAMED -> "name the Agents of Chaos and close the ticket named";
            case NOTHING_OVERDUE -> "finish the overdue tickets, or move the Chaos Day with 'chaosday reschedule'";
        };
    }

    static String problem(ReadinessProblem problem) {
        if (problem instanceof ReadinessProblem.NoExperiments) {
            return "the Chaos Day has no experiments yet";
        }
        if (problem instanceof ReadinessProblem.TeamWithoutExperiment p) {
            return "team '" + p.team() + "' has no experiment";
        }
        if (problem instanceof ReadinessProblem.IncompleteCard p) {
            return p.issueKey() + " '" + p.title() + "' does not say: " + String.join(", ", p.missing());
        }
        if (problem instanceof ReadinessProblem.OwnerUnknown p) {
            return p.issueKey() + " '" + p.title() + "': Jira knows no person '" + p.owner() + "', so the ticket has no assignee";
        }
        if (problem instanceof ReadinessProblem.OpenTicket p) {
            return p.issueKey() + " '" + p.summary() + "' is open" + p.due().map(d -> ", due " + d).orElse("");
        }
        ReadinessProblem.MissingTicket p = (ReadinessProblem.MissingTicket) problem;
        return "the Chaos Day has no '" + p.step() + "' ticket; run 'chaosday create' again to put it back";
    }
}
