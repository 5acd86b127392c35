package io.chaosday.review;

import io.chaosday.storage.StorageFragment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Fills a {@link Review} a section at a time, the way a review ticket is read. */
public final class ReviewBuilder {

    private final IssueKey reviewKey;
    private final String chaosDayName;
    private final LocalDate chaosDay;
    private Optional<String> team = Optional.empty();
    private boolean teamOfTeams = true;
    private List<String> participants = List.of();
    private StorageFragment summary = StorageFragment.EMPTY;
    private Timeline timeline = Timeline.empty();
    private StorageFragment detection = StorageFragment.EMPTY;
    private StorageFragment responseAndRecovery = StorageFragment.EMPTY;
    private StorageFragment impact = StorageFragment.EMPTY;
    private StorageFragment learnt = StorageFragment.EMPTY;
    private StorageFragment improvementNotes = StorageFragment.EMPTY;
    private StorageFragment nextChaosDay = StorageFragment.EMPTY;
    private List<String> keyLessons = List.of();
    private List<Experiment> experiments = List.of();
    private List<Improvement> improvements = List.of();
    private List<ExperimentRun> runs = List.of();

    ReviewBuilder(IssueKey reviewKey, String chaosDayName, LocalDate chaosDay) {
        this.reviewKey = reviewKey;
        this.chaosDayName = chaosDayName;
        this.chaosDay = chaosDay;
    }

    public ReviewBuilder team(String name) {
        team = Optional.of(name);
        teamOfTeams = false;
        return this;
    }

    /** The review of a Chaos Day with a single team, whose name may not be known. */
    public ReviewBuilder singleTeam() {
        teamOfTeams = false;
        return this;
    }

    public ReviewBuilder participants(List<String> names) {
        participants = names;
        return this;
    }

    /**
     * Puts a section of the review ticket in its place, by its {@link ReviewTemplate} key; a
     * "timeline" written as text becomes a {@link Timeline.Narrative}.
     *
     * @throws IllegalArgumentException for a key the template does not have
     */
    public ReviewBuilder section(String key, StorageFragment text) {
        switch (key) {
            case ReviewTemplate.SUMMARY -> summary = text;
            case ReviewTemplate.TIMELINE -> timeline = Timeline.narrative(text);
            case ReviewTemplate.DETECTION -> detection = text;
            case ReviewTemplate.RESPONSE -> responseAndRecovery = text;
            case ReviewTemplate.IMPACT -> impact = text;
            case ReviewTemplate.LEARNT -> learnt = text;
            case ReviewTemplate.IMPROVEMENTS -> improvementNotes = text;
            case ReviewTemplate.NEXT_CHAOS_DAY -> nextChaosDay = text;
            default -> throw new IllegalArgumentException("no review section '" + key + "'");
        }
        return this;
    }

    public ReviewBuilder timeline(Timeline value) {
        timeline = value;
        return this;
    }

    public ReviewBuilder keyLessons(List<String> lessons) {
        keyLessons = lessons;
        return this;
    }

    public ReviewBuilder experiments(List<Experiment> list) {
        experiments = list;
        return this;
    }

    public ReviewBuilder improvements(List<Improvement> list) {
        improvements = list;
        return this;
    }

    public ReviewBuilder runs(List<ExperimentRun> list) {
        runs = list;
        return this;
    }

    public Review build() {
        return new Review(reviewKey, team, teamOfTeams, chaosDayName, chaosDay, participants, summary, timeline, detection,
                responseAndRecovery, impact, learnt, improvementNotes, nextChaosDay, keyLessons, experiments,
                improvements, runs);
    }
}
