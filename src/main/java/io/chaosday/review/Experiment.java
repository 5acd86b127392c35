package io.chaosday.review;

import java.util.Objects;
import java.util.Optional;

/**
 * One experiment card, as the Agents of Chaos designed it and as it turned out.
 *
 * @param key              its Jira issue, once there is one
 * @param title            "&lt;component&gt; &lt;failure&gt; &lt;expected result&gt;"
 * @param expectedResponse how the responders are expected to notice and react
 * @param rollback         how the fault is undone
 * @param owner            the Agent of Chaos who runs it
 * @param team             the team whose system it targets
 * @param restore          what has to be put back before the day closes (alerting changed for it...); empty when
 *                         nothing beyond the rollback, as on cards written before it could be said
 */
public record Experiment(
        Optional<IssueKey> key,
        String title,
        String component,
        Failure failure,
        ExpectedImpact expectedImpact,
        String expectedResponse,
        String rollback,
        Isolation isolation,
        String environment,
        String owner,
        String team,
        Outcome outcome,
        String restore) {

    public Experiment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(expectedImpact, "expectedImpact");
        Objects.requireNonNull(expectedResponse, "expectedResponse");
        Objects.requireNonNull(rollback, "rollback");
        Objects.requireNonNull(isolation, "isolation");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(restore, "restore");
    }

    /** A card that names nothing to put back beyond its rollback. */
    public Experiment(Optional<IssueKey> key, String title, String component, Failure failure, ExpectedImpact expectedImpact,
            String expectedResponse, String rollback, Isolation isolation, String environment, String owner, String team,
            Outcome outcome) {
        this(key, title, component, failure, expectedImpact, expectedResponse, rollback, isolation, environment, owner, team,
                outcome, "");
    }

    /** What has to be put back while it runs: its restore note, else its rollback. */
    public String putBack() {
        return restore.isBlank() ? rollback : restore;
    }

    public Experiment withOutcome(Outcome newOutcome) {
        return new Experiment(key, title, component, failure, expectedImpact, expectedResponse, rollback,
                isolation, environment, owner, team, newOutcome, restore);
    }
}
