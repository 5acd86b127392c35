package io.chaosday.review;

/** Where an experiment ended up on the day. */
public enum Outcome {
    /** Before the Chaos Day: nobody could have run it yet. */
    PLANNED("Planned"),
    NOT_RUN("Not run"),
    IN_PROGRESS("In progress"),
    RESOLVED_BY_AGENTS("Resolved by Agents of Chaos"),
    RESOLVED_BY_TEAM("Resolved by the owning team");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** How pages and tables name the outcome. */
    public String label() {
        return label;
    }

    /** Whether the experiment was started at all. */
    public boolean wasRun() {
        return this != NOT_RUN && this != PLANNED;
    }
}
