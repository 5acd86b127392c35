package io.chaosday.plan;

/**
 * Input that cannot make a Chaos Day plan. The {@link PlanProblem} says what and carries the
 * facts; the message is those facts for a log, not a sentence for a user.
 */
public class InvalidPlanException extends IllegalArgumentException {

    private final PlanProblem problem;

    public InvalidPlanException(PlanProblem problem) {
        super(problem instanceof PlanProblem.InFile f ? f.where() + ": " + f.detail() : problem.toString());
        this.problem = problem;
    }

    public PlanProblem problem() {
        return problem;
    }
}
