package io.chaosday.review;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an experiment's run log says, for its review: the entries, and the times worked out from them.
 *
 * @param timeToDetect  from the start to the first "detected"
 * @param timeToRecover from the start to the first "recovered"
 * @param started       whether the log has a start
 * @param haltReason    why it was halted; empty when it was not
 */
public record ExperimentRun(IssueKey experiment, List<RunEntry> entries, Optional<Duration> timeToDetect,
        Optional<Duration> timeToRecover, boolean started, Optional<String> haltReason) {

    public ExperimentRun {
        Objects.requireNonNull(experiment, "experiment");
        entries = List.copyOf(entries);
        Objects.requireNonNull(timeToDetect, "timeToDetect");
        Objects.requireNonNull(timeToRecover, "timeToRecover");
        Objects.requireNonNull(haltReason, "haltReason");
    }

    public boolean halted() {
        return haltReason.isPresent();
    }
}
