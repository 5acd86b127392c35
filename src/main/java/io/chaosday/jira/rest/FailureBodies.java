package io.chaosday.jira.rest;

import io.chaosday.jira.FailureText;
import io.chaosday.jira.link.ConfluenceAuthorisationRequired;
import io.chaosday.plan.InvalidPlanException;
import io.chaosday.plan.PlanProblem;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.WorkflowException;
import io.chaosday.workflow.WorkflowFailure;

import java.util.Optional;

/**
 * Turns the engine's typed failures into the REST resource's error bodies: the right status, a code,
 * and the message {@link FailureText} words from the i18n file (the REST resource's own cases under
 * {@code chaosday.rest.error.*}). Bad input is 400 and names
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

    /** Someone who neither owns the experiment nor administers the project wrote to its run log. */
    public ErrorBody notTheOwner(String experiment, String owner, String projectKey) {
        return body(403, ErrorBody.FORBIDDEN, "chaosday.rest.error.not-the-owner", experiment, owner.isBlank() ? "-" : owner,
                projectKey);
    }

    /** Another publish or reschedule of the project holds its lock. */
    public ErrorBody busy(String projectKey) {
        return body(409, ErrorBody.BUSY, "chaosday.rest.error.busy", projectKey);
    }

    /** A request body the resource cannot read; names the field when one is at fault. */
    public ErrorBody badInput(Optional<String> field, String detail) {
        String message = field.isPresent() ? texts.text("chaosday.rest.error.field", field.get(), detail)
                : texts.text("chaosday.rest.error.not-json", detail);
        return new ErrorBody(400, ErrorBody.INVALID_REQUEST, message, field, Optional.empty());
    }

    /** Publishing through the fallback token into a space an administrator did not allow for it. */
    public ErrorBody spaceNotAllowed(String spaceKey, java.util.List<String> allowed) {
        String message = texts.text("chaosday.rest.error.space-not-allowed", allowed.isEmpty() ? "-" : String.join(", ", allowed), spaceKey);
        return new ErrorBody(403, ErrorBody.FORBIDDEN, message, Optional.of("spaceKey"), Optional.empty());
    }

    public ErrorBody confluenceNotConfigured() {
        return body(409, ErrorBody.CONFLUENCE_NOT_CONFIGURED, "chaosday.rest.error.no-confluence");
    }

    private ErrorBody workflow(WorkflowFailure failure) {
        int status = failure instanceof WorkflowFailure.ProjectNotFound || failure instanceof WorkflowFailure.NoChaosDay
                || failure instanceof WorkflowFailure.NoSuchExperiment ? 404
                : failure instanceof WorkflowFailure.UnreadableDescription ? 502
                // Names or titles that would make a summary or label longer than Jira takes: the input's fault.
                : failure instanceof WorkflowFailure.TooLongForJira ? 400 : 409;
        String code = status == 404 ? ErrorBody.NOT_FOUND : status == 502 ? ErrorBody.UPSTREAM_FAILED
                : status == 400 ? ErrorBody.INVALID_REQUEST : ErrorBody.CONFLICT;
        return new ErrorBody(status, code, words(FailureText.of(failure)), Optional.empty(), Optional.empty());
    }

    private ErrorBody plan(PlanProblem problem) {
        return new ErrorBody(400, ErrorBody.INVALID_REQUEST, words(FailureText.of(problem)), field(problem), Optional.empty());
    }

    /** The input field a plan problem is about, for the form to mark. */
    static Optional<String> field(PlanProblem problem) {
        if (problem instanceof PlanProblem.MissingName) {
            return Optional.of("name");
        }
        if (problem instanceof PlanProblem.NotAWorkingDay || problem instanceof PlanProblem.MissingDate
                || problem instanceof PlanProblem.UnwritableDate || problem instanceof PlanProblem.StartsInThePast) {
            return Optional.of("chaosDay");
        }
        if (problem instanceof PlanProblem.TooFewDays || problem instanceof PlanProblem.DaysOutOfRange) {
            return Optional.of("days");
        }
        if (problem instanceof PlanProblem.NoWorkingDays) {
            return Optional.of("weekend");
        }
        if (problem instanceof PlanProblem.InFile) {
            return Optional.empty();
        }
        return Optional.of("teams");
    }

    private String words(FailureText.Message message) {
        return texts.text(message.key(), message.arguments().toArray(java.io.Serializable[]::new));
    }

    private ErrorBody body(int status, String code, String key, java.io.Serializable... arguments) {
        return new ErrorBody(status, code, texts.text(key, arguments), Optional.empty(), Optional.empty());
    }
}
