package io.chaosday.workflow.day;

import io.chaosday.review.Experiment;
import java.util.ArrayList;
import java.util.List;

/** The parts of an experiment card the playbook asks for, and which of them a card leaves blank. */
public final class CardParts {

    public static final String FAILURE_WHAT = "failure: what";
    public static final String FAILURE_WHERE = "failure: where";
    public static final String FAILURE_HOW = "failure: how";
    public static final String IMPACT = "expected impact";
    public static final String RESPONSE = "expected response";
    public static final String ROLLBACK = "rollback";
    public static final String ENVIRONMENT = "environment";
    public static final String OWNER = "owner";

    private CardParts() {
    }

    /**
     * The parts left blank, in card order. Isolation always has a value (a card that does not say
     * is read as needing the environment to itself), so it is never missing; an expected impact
     * counts when either its technical or its business side is written.
     */
    public static List<String> missing(Experiment e) {
        List<String> missing = new ArrayList<>();
        blank(missing, FAILURE_WHAT, e.failure().what());
        blank(missing, FAILURE_WHERE, e.failure().where());
        blank(missing, FAILURE_HOW, e.failure().how());
        blank(missing, IMPACT, e.expectedImpact().technical() + e.expectedImpact().business());
        blank(missing, RESPONSE, e.expectedResponse());
        blank(missing, ROLLBACK, e.rollback());
        blank(missing, ENVIRONMENT, e.environment());
        blank(missing, OWNER, e.owner());
        return missing;
    }

    private static void blank(List<String> missing, String part, String value) {
        if (value.isBlank()) {
            missing.add(part);
        }
    }
}
