package io.chaosday.tracker;

/** The kinds of issue a Chaos Day creates. */
public enum IssueKind {
    /** A phase of the Chaos Day. */
    EPIC,
    /** A step of a phase. */
    TASK,
    /** An experiment card; a Task with a label where the project has no Experiment type. */
    EXPERIMENT
}
