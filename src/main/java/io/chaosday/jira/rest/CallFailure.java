package io.chaosday.jira.rest;

/**
 * Why a call of the REST resource stops that the engine does not know of: the plugin's own refusals,
 * answered by {@link FailureAnswers}. Thrown without a stack trace: each is an answer, not a bug.
 */
abstract sealed class CallFailure extends RuntimeException
        permits CallFailure.Busy, CallFailure.NotTheOwner, CallFailure.SpaceNotAllowed, CallFailure.NoConfluence {

    private CallFailure() {
        super(null, null, false, false);
    }

    /** The project's lock is held by another publish or reschedule. */
    static final class Busy extends CallFailure {
    }

    /** Someone who neither owns the experiment nor administers the project wrote to its run log. */
    static final class NotTheOwner extends CallFailure {
        final String experiment;
        final String owner;

        NotTheOwner(String experiment, String owner) {
            this.experiment = experiment;
            this.owner = owner;
        }
    }

    /** A space the fallback token may not publish to. */
    static final class SpaceNotAllowed extends CallFailure {
        final String spaceKey;

        SpaceNotAllowed(String spaceKey) {
            this.spaceKey = spaceKey;
        }
    }

    /** Neither an application link to Confluence nor a fallback address and token. */
    static final class NoConfluence extends CallFailure {
    }
}
