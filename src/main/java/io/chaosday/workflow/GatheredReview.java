package io.chaosday.workflow;

import io.chaosday.review.Experiment;
import io.chaosday.tracker.IssueDescription;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One review ticket as it was read, before anything is converted or rendered: what people wrote
 * under each heading (the template's own prompts already taken out), the experiments it covers and
 * the improvement ideas it lists.
 *
 * @param team       the team; for a single team's review, the one team of the stored definition or its experiments
 * @param sections   section key to what was written there, in the tracker's own markup; only sections with text
 * @param keyLessons the bullets of "What we learnt", for the lessons roll-up
 * @param runs       what the run logs of its experiments say, for those that have one
 */
record GatheredReview(
        ReviewTickets.ReviewTicket ticket,
        Optional<String> team,
        Map<String, IssueDescription> sections,
        List<String> participants,
        List<String> keyLessons,
        ImprovementIdeas.Read ideas,
        List<Experiment> experiments,
        List<io.chaosday.review.ExperimentRun> runs) {

    GatheredReview {
        // In template order, the same from run to run: a page's fingerprint is taken over it.
        sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
        participants = List.copyOf(participants);
        keyLessons = List.copyOf(keyLessons);
        experiments = List.copyOf(experiments);
        runs = List.copyOf(runs);
    }

    String key() {
        return ticket.issue().key();
    }
}
