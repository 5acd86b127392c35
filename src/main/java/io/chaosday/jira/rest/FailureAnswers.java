package io.chaosday.jira.rest;

import com.atlassian.jira.project.Project;
import io.chaosday.jira.FailureLog;
import io.chaosday.jira.link.ConfluenceForPublishing;
import io.chaosday.jira.rest.ChaosDayCalls.Answer;

import java.util.Optional;

/**
 * The answer to a call's failure: the error body of the plugin's own refusals ({@link CallFailure},
 * {@link BadInput}) and of the engine's typed failures ({@link FailureBodies}), logged when Jira,
 * Confluence or the plugin is at fault.
 */
record FailureAnswers(FailureBodies bodies, ConfluenceForPublishing confluence, FailureLog log) {

    /**
     * The error body of a failure. On the request thread an unexpected failure leaves as its copy
     * without secrets, for Jira to answer; in a background task it is answered with {@code FAILED} instead.
     */
    Answer of(Project project, String doing, RuntimeException failure, boolean onRequestThread) {
        if (failure instanceof BadInput bad) {
            return Answer.of(bodies.badInput(bad.field(), bad.getMessage()));
        }
        if (failure instanceof CallFailure.NotTheOwner refused) {
            return Answer.of(bodies.notTheOwner(refused.experiment, refused.owner, project.getKey()));
        }
        if (failure instanceof CallFailure.Busy) {
            return Answer.of(bodies.busy(project.getKey()));
        }
        if (failure instanceof CallFailure.NoConfluence) {
            return Answer.of(bodies.confluenceNotConfigured());
        }
        if (failure instanceof CallFailure.SpaceNotAllowed refused) {
            return Answer.of(bodies.spaceNotAllowed(refused.spaceKey, confluence.fallbackSpaces()));
        }
        Optional<ErrorBody> known = bodies.of(failure);
        if (known.isEmpty()) {
            log.error(doing, project.getKey(), failure);
            if (onRequestThread) {
                // Jira logs what a resource throws as it is: only the copy without secrets leaves here.
                throw log.redacted(failure);
            }
            return Answer.of(bodies.failed(project.getKey()));
        }
        if (known.get().status() >= 500) {
            log.warn(doing, project.getKey(), failure);
        }
        return Answer.of(known.get());
    }
}
