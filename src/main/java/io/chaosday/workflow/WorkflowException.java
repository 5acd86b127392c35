package io.chaosday.workflow;

/** A use case cannot go on; the message says why and what to do. */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
