package io.chaosday.jira.rest;

import io.chaosday.jira.link.ConfluenceAuthorisationRequired;
import io.chaosday.plan.InvalidPlanException;
import io.chaosday.plan.PlanProblem;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.WorkflowException;
import io.chaosday.workflow.WorkflowFailure;

import java.util.Optional;

/**
 * Turns the engine's typed failures into the REST resource's error bodies: the right status, a code,
 * and a message from the i18n file (keys {@code chaosday.rest.error.*}). Bad input is 400 and names
 * the field; what does not exist is 404; what the state forbids now is 409; Jira or Confluence
 * refusing or failing is 502 with their words. Anything else is not caught here: it is a bug.
 */
public final class FailureBodies {

    private final Texts texts;

    public FailureBodies(Texts texts) {
        this.texts = texts;
    }

    public Optional<ErrorBody> of(RuntimeException failure) {
        if (failure instanceof InvalidPlanException invalid) {
            return Optional.of(plan(invalid.problem()));
        }
        if (failure instanceof WorkflowException workflow) {
            return Optional.of(workflow(workflow.failure()));
        }
        if (failure instanceof ConfluenceAuthorisationRequired authorise) {
            return Optional.of(new ErrorBody(409, ErrorBody.CONFLUENCE_AUTHORISATION_REQUIRED,
                    texts.text("chaosday.rest.error.authorise"), Optional.empty(), Optional.ofNullable(authorise.authorisationUri())));
        }
        if (failure instanceof TrackerException upstream) {
            return Optional.of(body(502, ErrorBody.UPSTREAM_FAILED, "chaosday.rest.error.upstream", upstream.getMessage()));
        }
        return Optional.empty();
    }

    /** Missing permission: browse the project to read, administer it to change. */
    public ErrorBody forbidden(boolean toChange, String projectKey) {
        return body(403, ErrorBody.FORBIDDEN, toChange ? "chaosday.rest.error.administer" : "chaosday.rest.error.browse", projectKey);
    }

    /** Another publish or reschedule of the project holds its lock. */
    public ErrorBody busy(String projectKey) {
        return body(409, ErrorBody.BUSY, "chaosday.rest.error.busy", projectKey);
    }

    public ErrorBody confluenceNotConfigured() {
        return body(409, ErrorBody.CONFLUENCE_NOT_CONFIGURED, "chaosday.rest.error.no-confluence");
    }

    // Java 17 has no patterns in switch: one instanceof per permitted type, in the sealed interface's order.
    private ErrorBody workflow(WorkflowFailure failure) {
        if (failure instanceof WorkflowFailure.ProjectNotFound f) {
            return body(404, ErrorBody.NOT_FOUND, "chaosday.rest.error.no-project", f.projectKey());
        }
        if (failure instanceof WorkflowFailure.NoChaosDay f) {
            return body(404, ErrorBody.NOT_FOUND, "chaosday.rest.error.no-chaos-day", f.projectKey());
        }
        if (failure instanceof WorkflowFailure.SeveralChaosDays f) {
            return body(409, ErrorBody.CONFLICT, "chaosday.rest.error.several", f.projectKey(), String.join(", ", f.chaosDays()));
        }
        if (failure instanceof WorkflowFailure.NoExecuteEpic f) {
            return body(409, ErrorBody.CONFLICT, "chaosday.rest.error.no-execute-epic", f.projectKey());
        }
        if (failure instanceof WorkflowFailure.NoReviewTickets f) {
            return body(409, ErrorBody.CONFLICT, "chaosday.rest.error.no-reviews", f.projectKey());
        }
        if (failure instanceof WorkflowFailure.NoSuchExperiment f) {
            return body(404, ErrorBody.NOT_FOUND, "chaosday.rest.error.no-experiment", f.which());
        }
        if (failure instanceof WorkflowFailure.PageTitleTaken f) {
            return body(409, ErrorBody.CONFLICT, "chaosday.rest.error.title-taken", f.title(), f.spaceKey(), String.valueOf(f.existing()));
        }
        WorkflowFailure.UnreadableDescription f = (WorkflowFailure.UnreadableDescription) failure;
        return body(502, ErrorBody.UPSTREAM_FAILED, "chaosday.rest.error.upstream", f.problem());
    }

    private ErrorBody plan(PlanProblem problem) {
        if (problem instanceof PlanProblem.MissingName) {
            return invalid("name", "chaosday.rest.error.plan.name");
        }
        if (problem instanceof PlanProblem.NoTeams) {
            return invalid("teams", "chaosday.rest.error.plan.no-teams");
        }
        if (problem instanceof PlanProblem.TooManyTeams p) {
            return invalid("teams", "chaosday.rest.error.plan.too-many-teams", p.given(), p.max());
        }
        if (problem instanceof PlanProblem.TeamCountOutOfRange p) {
            return invalid("teams", "chaosday.rest.error.plan.too-many-teams", p.given(), p.max());
        }
        if (problem instanceof PlanProblem.BlankTeamName) {
            return invalid("teams", "chaosday.rest.error.plan.blank-team");
        }
        if (problem instanceof PlanProblem.TeamNamedTwice p) {
            return invalid("teams", "chaosday.rest.error.plan.team-twice", p.team());
        }
        if (problem instanceof PlanProblem.TooFewDays p) {
            return invalid("days", "chaosday.rest.error.plan.days", p.given(), 1);
        }
        if (problem instanceof PlanProblem.DaysOutOfRange p) {
            return invalid("days", "chaosday.rest.error.plan.days", p.given(), p.max());
        }
        if (problem instanceof PlanProblem.NotAWorkingDay p) {
            return invalid("chaosDay", "chaosday.rest.error.plan.not-working-day", p.date().toString(), p.nextWorkingDay().toString());
        }
        if (problem instanceof PlanProblem.NoWorkingDays) {
            return invalid("weekend", "chaosday.rest.error.plan.no-working-days");
        }
        return invalid(null, "chaosday.rest.error.plan.other", ((PlanProblem.InFile) problem).detail());
    }

    private ErrorBody invalid(String field, String key, java.io.Serializable... arguments) {
        return new ErrorBody(400, ErrorBody.INVALID_REQUEST, texts.text(key, arguments), Optional.ofNullable(field), Optional.empty());
    }

    private ErrorBody body(int status, String code, String key, java.io.Serializable... arguments) {
        return new ErrorBody(status, code, texts.text(key, arguments), Optional.empty(), Optional.empty());
    }
}
