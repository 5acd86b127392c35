package io.chaosday.plan;

/**
 * Input that cannot make a Chaos Day plan. The message is one sentence for the user:
 * it names the problem and says how to fix it.
 */
public class InvalidPlanException extends IllegalArgumentException {

    public InvalidPlanException(String message) {
        super(message);
    }
}
