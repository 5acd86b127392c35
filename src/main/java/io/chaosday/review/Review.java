package io.chaosday.review;

import io.chaosday.storage.StorageFragment;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A blameless post-incident review of a Chaos Day, by one team or by the team of teams.
 * The written sections are {@link StorageFragment}s because their text comes from the review
 * ticket through Confluence's converter; short values (names, lessons) are plain strings.
 *
 * @param reviewKey        the review ticket
 * @param team             the team; empty for the team-of-teams review, and where a single team's name is unknown
 * @param teamOfTeams      whether this is the review across all teams
 * @param learnt           what we learnt about the system
 * @param improvementNotes what the ticket says under "Improvements", beside the improvement tickets
 * @param nextChaosDay     what would make the next Chaos Day better
 * @param keyLessons       a few short lines for the lessons roll-up
 * @param runs             what the run logs of its experiments say, for those that have one
 */
public record Review(
        IssueKey reviewKey,
        Optional<String> team,
        boolean teamOfTeams,
        String chaosDayName,
        LocalDate chaosDay,
        List<String> participants,
        StorageFragment summary,
        Timeline timeline,
        StorageFragment detection,
        StorageFragment responseAndRecovery,
        StorageFragment impact,
        StorageFragment learnt,
        StorageFragment improvementNotes,
        StorageFragment nextChaosDay,
        List<String> keyLessons,
        List<Experiment> experiments,
        List<Improvement> improvements,
        List<ExperimentRun> runs) {

    public Review {
        Objects.requireNonNull(reviewKey, "reviewKey");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(chaosDayName, "chaosDayName");
        Objects.requireNonNull(chaosDay, "chaosDay");
        participants = List.copyOf(participants);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(responseAndRecovery, "responseAndRecovery");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(learnt, "learnt");
        Objects.requireNonNull(improvementNotes, "improvementNotes");
        Objects.requireNonNull(nextChaosDay, "nextChaosDay");
        keyLessons = List.copyOf(keyLessons);
        experiments = List.copyOf(experiments);
        improvements = List.copyOf(improvements);
        runs = List.copyOf(runs);
    }

    /** The runs by experiment. */
    public java.util.Map<IssueKey, ExperimentRun> runsByExperiment() {
        java.util.Map<IssueKey, ExperimentRun> byKey = new java.util.LinkedHashMap<>();
        runs.forEach(r -> byKey.putIfAbsent(r.experiment(), r));
        return byKey;
    }

    public boolean isTeamOfTeams() {
        return teamOfTeams;
    }

    /** Starts a review with every section empty. */
    public static ReviewBuilder builder(IssueKey reviewKey, String chaosDayName, LocalDate chaosDay) {
        return new ReviewBuilder(reviewKey, chaosDayName, chaosDay);
    }
}
