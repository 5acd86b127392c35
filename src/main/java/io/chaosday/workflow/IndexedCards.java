package io.chaosday.workflow;

import io.chaosday.plan.Phase;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.WantedProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Experiment cards found through their Chaos Day's index ({@link ExperimentCards}) where the
 * tracker's search cannot carry properties: the search asks for no card, and only when it found
 * experiment tickets is the index read from the Execute epic; each ticket the complete index holds
 * gets its card from it, and only the others (all of them when the index is missing, being written
 * or too large) have their own card read, at once. What callers see is what a search for the cards
 * finds, the Execute epic carrying the index besides.
 */
final class IndexedCards {

    private IndexedCards() {
    }

    /** Whether a finder asking for {@code wanted} reads the cards through the index on this tracker. */
    static boolean needed(IssueTracker tracker, List<WantedProperty> wanted) {
        return !tracker.searchCarriesProperties() && wanted.stream().anyMatch(w -> w.key().equals(IssueProperties.EXPERIMENT));
    }

    /** What the search asks for instead: no card, which would cost a read per ticket. */
    static List<WantedProperty> instead(List<WantedProperty> wanted) {
        return wanted.stream().filter(w -> !w.key().equals(IssueProperties.EXPERIMENT)).toList();
    }

    /** The issues found, each experiment ticket with its card as it carries it, and each Execute epic with its index. */
    static List<TrackedIssue> fill(IssueTracker tracker, List<TrackedIssue> found) {
        List<TrackedIssue> filled = new ArrayList<>(found);
        Map<ChaosDayId, Optional<ExperimentCards>> indexes = indexes(tracker, filled);
        List<Integer> unindexed = new ArrayList<>();
        for (int n = 0; n < filled.size(); n++) {
            TrackedIssue issue = filled.get(n);
            Optional<ChaosDayId> chaosDay = experimentOf(issue);
            if (chaosDay.isEmpty()) {
                continue;
            }
            Optional<Map<String, String>> card = indexes.get(chaosDay.get()).flatMap(index -> index.cardOf(issue.key()));
            if (card.isPresent()) {
                filled.set(n, issue.withProperty(IssueProperties.EXPERIMENT, card.get()));
            } else {
                unindexed.add(n);
            }
        }
        List<Supplier<Optional<Map<String, String>>>> reads = new ArrayList<>();
        for (int n : unindexed) {
            String key = filled.get(n).key();
            reads.add(() -> tracker.property(key, IssueProperties.EXPERIMENT));
        }
        List<Optional<Map<String, String>>> cards = reads.isEmpty() ? List.of() : tracker.atOnce(reads);
        for (int i = 0; i < unindexed.size(); i++) {
            int n = unindexed.get(i);
            cards.get(i).ifPresent(card -> filled.set(n, filled.get(n).withProperty(IssueProperties.EXPERIMENT, card)));
        }
        return filled;
    }

    /**
     * The index of each Chaos Day of which experiment tickets were found, read from its Execute
     * epic at once, and set on the epic in {@code issues} as a search would have brought it.
     */
    private static Map<ChaosDayId, Optional<ExperimentCards>> indexes(IssueTracker tracker, List<TrackedIssue> issues) {
        Map<ChaosDayId, Optional<ExperimentCards>> indexes = new HashMap<>();
        Map<ChaosDayId, TrackedIssue> epics = new LinkedHashMap<>();
        for (TrackedIssue issue : issues) {
            experimentOf(issue).filter(id -> !indexes.containsKey(id) && !epics.containsKey(id)).ifPresent(id ->
                    ChaosDayIssues.of(id, issues).find(IssueIdentity.ofEpic(id, Phase.EXECUTE)).ifPresentOrElse(
                            epic -> epics.put(id, epic), () -> indexes.put(id, Optional.empty())));
        }
        List<Supplier<Optional<Map<String, String>>>> reads = new ArrayList<>();
        epics.values().forEach(epic -> reads.add(() -> tracker.property(epic.key(), ExperimentCards.KEY)));
        List<Optional<Map<String, String>>> read = reads.isEmpty() ? List.of() : tracker.atOnce(reads);
        int i = 0;
        for (Map.Entry<ChaosDayId, TrackedIssue> epic : epics.entrySet()) {
            Optional<Map<String, String>> property = read.get(i++);
            indexes.put(epic.getKey(), property.map(ExperimentCards::fromProperty));
            property.ifPresent(value -> issues.replaceAll(issue -> issue == epic.getValue() ? issue.withProperty(ExperimentCards.KEY, value)
                    : issue));
        }
        return indexes;
    }

    private static Optional<ChaosDayId> experimentOf(TrackedIssue issue) {
        return issue.identity().filter(identity -> identity.item() instanceof Item.ExperimentTicket).map(identity -> identity.chaosDay());
    }
}
