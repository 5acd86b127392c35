package io.chaosday.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the experiments of a team (or of the whole Chaos Day) went on the day, from their run logs.
 *
 * @param run          experiments that were started (by their log, or by an outcome that says they ran)
 * @param halted       experiments called off before their end
 * @param improvements improvement ideas raised in the reviews
 */
public record RunFigures(int run, int halted, Optional<Duration> medianTimeToDetect, Optional<Duration> medianTimeToRecover,
        int improvements) {

    /** The figures of these experiments, each with its run when it has one ({@code runs} by experiment). */
    public static RunFigures of(Collection<Experiment> experiments, Map<IssueKey, ExperimentRun> runs, int improvements) {
        int run = 0;
        int halted = 0;
        List<Duration> detect = new ArrayList<>();
        List<Duration> recover = new ArrayList<>();
        for (Experiment e : experiments) {
            Optional<ExperimentRun> r = e.key().map(runs::get);
            if (r.map(ExperimentRun::started).orElse(false) || e.outcome().wasRun()) {
                run++;
            }
            if (r.map(ExperimentRun::halted).orElse(false)) {
                halted++;
            }
            r.flatMap(ExperimentRun::timeToDetect).ifPresent(detect::add);
            r.flatMap(ExperimentRun::timeToRecover).ifPresent(recover::add);
        }
        return new RunFigures(run, halted, median(detect), median(recover), improvements);
    }

    /** The middle duration; of an even number, halfway between the two in the middle. */
    public static Optional<Duration> median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }

    /** A duration as people read it: "45 s", "7 min", "1 h 5 min" (to the nearest minute from a minute on). */
    public static String words(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = (seconds + 30) / 60;
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
