package io.chaosday.jira;

import com.atlassian.sal.api.message.I18nResolver;
import io.chaosday.plan.InvalidPlanException;
import io.chaosday.plan.PlanProblem;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.WorkflowException;
import io.chaosday.workflow.WorkflowFailure;
import java.io.Serializable;
import java.util.List;

/**
 * The engine's failures in the plugin's words: an i18n key ({@code chaosday.failure.*}) and its
 * arguments, so every user reads them in their own language. The engine carries the facts; the
 * words live in i18n/chaosday.properties.
 */
public final class FailureText {

    /** An i18n key and the values for its {0}, {1}... */
    public record Message(String key, List<Serializable> arguments) {

        public Message {
            arguments = List.copyOf(arguments);
        }

        public String in(I18nResolver i18n) {
            return i18n.getText(key, arguments.toArray(Serializable[]::new));
        }
    }

    private static final String PREFIX = "chaosday.failure.";

    private FailureText() {
    }

    /** The message for a failure; one the engine does not type keeps its own text (Jira's words, for the tracker). */
    public static Message of(Throwable failure) {
        if (failure instanceof WorkflowException e) {
            return of(e.failure());
        }
        if (failure instanceof InvalidPlanException e) {
            return of(e.problem());
        }
        if (failure instanceof TrackerException e) {
            return message("tracker", e.getMessage());
        }
        return message("unexpected", String.valueOf(failure.getMessage()));
    }

    public static Message of(WorkflowFailure failure) {
        if (failure instanceof WorkflowFailure.ProjectNotFound f) {
            return message("project-not-found", f.projectKey());
        }
        if (failure instanceof WorkflowFailure.NoChaosDay f) {
            return message("no-chaos-day", f.projectKey());
        }
        if (failure instanceof WorkflowFailure.NoSuchProject f) {
            return message("no-such-project", f.projectKey());
        }
        if (failure instanceof WorkflowFailure.UnknownChaosDay f) {
            return message("unknown-chaos-day", f.projectKey(), f.name(), String.join(", ", f.chaosDays()));
        }
        if (failure instanceof WorkflowFailure.UnknownTeam f) {
            return message("unknown-team", f.team(), String.join(", ", f.teams()));
        }
        if (failure instanceof WorkflowFailure.NoSuchImprovementProject f) {
            return message("no-such-improvement-project", f.team(), f.projectKey());
        }
        if (failure instanceof WorkflowFailure.NoSuchImprovementType f) {
            return message("no-such-improvement-type", f.team(), f.type(), f.projectKey(), String.join(", ", f.types()));
        }
        if (failure instanceof WorkflowFailure.NoSuchImprovementEpic f) {
            return message("no-such-improvement-epic", f.team(), f.epicKey());
        }
        if (failure instanceof WorkflowFailure.NoSuchSecurityLevel f) {
            return message("no-such-security-level", f.projectKey(), f.level(), String.join(", ", f.levels()));
        }
        if (failure instanceof WorkflowFailure.SeveralChaosDays f) {
            return message("several-chaos-days", f.projectKey(), String.join(", ", f.chaosDays()));
        }
        if (failure instanceof WorkflowFailure.NoExecuteEpic f) {
            return message("no-execute-epic", f.projectKey());
        }
        if (failure instanceof WorkflowFailure.NoReviewTickets f) {
            return message("no-review-tickets", f.projectKey());
        }
        if (failure instanceof WorkflowFailure.NoSuchExperiment f) {
            return message("no-such-experiment", f.which());
        }
        if (failure instanceof WorkflowFailure.PageTitleTaken f) {
            return message("page-title-taken", f.title(), f.spaceKey(), f.existing().toString());
        }
        if (failure instanceof WorkflowFailure.TooLongForJira f) {
            return message("too-long-for-jira", f.field(), f.item(), f.length(), f.max());
        }
        if (failure instanceof WorkflowFailure.CannotAddPages f) {
            return message("cannot-add-pages", f.spaceKey(), f.parentId().orElse(""));
        }
        if (failure instanceof WorkflowFailure.NotStarted f) {
            return message("not-started", f.experiment());
        }
        if (failure instanceof WorkflowFailure.EnvironmentInUse f) {
            return message("environment-in-use", f.experiment(), f.environment(), String.join(", ", f.running()));
        }
        if (failure instanceof WorkflowFailure.LogTimeInTheFuture f) {
            return message("log-time-in-the-future", f.at(), f.now());
        }
        if (failure instanceof WorkflowFailure.LogTimeBeforeStart f) {
            return message("log-time-before-start", f.experiment(), f.at(), f.started());
        }
        WorkflowFailure.UnreadableDescription f = (WorkflowFailure.UnreadableDescription) failure;
        return message("unreadable-description", f.problem());
    }

    public static Message of(PlanProblem problem) {
        if (problem instanceof PlanProblem.TooManyTeams p) {
            return message("plan.too-many-teams", p.given(), p.max());
        }
        if (problem instanceof PlanProblem.TeamCountOutOfRange p) {
            return message("plan.team-count-out-of-range", p.given(), p.max());
        }
        if (problem instanceof PlanProblem.TeamNamedTwice p) {
            return message("plan.team-named-twice", p.team());
        }
        if (problem instanceof PlanProblem.TooFewDays p) {
            return message("plan.too-few-days", p.given());
        }
        if (problem instanceof PlanProblem.DaysOutOfRange p) {
            return message("plan.days-out-of-range", p.given(), p.max());
        }
        if (problem instanceof PlanProblem.NotAWorkingDay p) {
            return message("plan.not-a-working-day", p.date().toString(), p.nextWorkingDay().toString());
        }
        if (problem instanceof PlanProblem.InFile p) {
            return message("plan.in-file", p.where(), p.detail());
        }
        if (problem instanceof PlanProblem.UnwritableDate p) {
            return message("plan.unwritable-date", p.ticket(), p.due().toString(), p.lastYear());
        }
        if (problem instanceof PlanProblem.StartsInThePast p) {
            return message("plan.starts-in-the-past", p.count(),
                    String.join(", ", p.first()));
        }
        // The rest carry no facts beyond their kind: MissingName, NoTeams, BlankTeamName, NoWorkingDays, MissingDate.
        return message("plan." + kebab(problem.getClass().getSimpleName()));
    }

    static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Message message(String key, Serializable... arguments) {
        return new Message(PREFIX + key, List.of(arguments));
    }
}
