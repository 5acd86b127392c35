package io.chaosday.workflow;

/**
 * A use case cannot go on. The {@link WorkflowFailure} says why and carries the facts; the
 * message is those facts for a log, not a sentence for a user.
 */
public class WorkflowException extends RuntimeException {

    private final WorkflowFailure failure;

    public WorkflowException(WorkflowFailure failure) {
        super(failure.toString());
        this.failure = failure;
    }

    public WorkflowFailure failure() {
        return failure;
    }
}
