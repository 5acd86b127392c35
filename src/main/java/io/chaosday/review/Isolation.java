package io.chaosday.review;

/** Whether an experiment needs the environment to itself or can share it with others. */
public enum Isolation {
    ISOLATED("Must run in isolation"),
    PARALLEL("Can run in parallel");

    private final String label;

    Isolation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
