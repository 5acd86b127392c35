package io.chaosday.workflow;

import io.chaosday.plan.Phase;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.WantedProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Experiment cards found through their Chaos Day's index ({@link ExperimentCards}) where the
 * tracker's search cannot carry properties: the search asks for the index on the Execute epic
 * instead of each ticket's card, each experiment ticket the complete index holds gets its card
 * from it, and only the others (all of them when the index is missing, being written or too
 * large) have their own card read, at once. What callers see is what a search for the cards finds.
 */
final class IndexedCards {

    /** The index, on the Execute epic. */
    static final WantedProperty INDEX = new WantedProperty(IssueProperties.CARDS,
            item -> item.equals(new Item.PhaseEpic(Phase.EXECUTE)));

    private IndexedCards() {
    }

    /** Whether a finder asking for {@code wanted} reads the cards through the index on this tracker. */
    static boolean needed(IssueTracker tracker, List<WantedProperty> wanted) {
        return !tracker.searchCarriesProperties() && wanted.stream().anyMatch(w -> w.key().equals(IssueProperties.EXPERIMENT));
    }

    /** What the search asks for instead: the index in place of each ticket's card. */
    static List<WantedProperty> instead(List<WantedProperty> wanted) {
        List<WantedProperty> asked = new ArrayList<>();
        for (WantedProperty property : wanted) {
            asked.add(property.key().equals(IssueProperties.EXPERIMENT) ? INDEX : property);
        }
        return asked;
    }

    /** The issues found, each experiment ticket with its card as it carries it. */
    static List<TrackedIssue> fill(IssueTracker tracker, List<TrackedIssue> found) {
        Map<ChaosDayId, Optional<ExperimentCards>> indexes = new HashMap<>();
        List<TrackedIssue> filled = new ArrayList<>(found);
        List<Integer> unindexed = new ArrayList<>();
        for (int n = 0; n < found.size(); n++) {
            TrackedIssue issue = found.get(n);
            if (issue.identity().filter(identity -> identity.item() instanceof Item.ExperimentTicket).isEmpty()) {
                continue;
            }
            ChaosDayId chaosDay = issue.identity().get().chaosDay();
            Optional<Map<String, String>> card = indexes
                    .computeIfAbsent(chaosDay, id -> ExperimentCards.of(ChaosDayIssues.of(id, found)))
                    .flatMap(index -> index.cardOf(issue.key()));
            if (card.isPresent()) {
                filled.set(n, issue.withProperty(IssueProperties.EXPERIMENT, card.get()));
            } else {
                unindexed.add(n);
            }
        }
        List<Supplier<Optional<Map<String, String>>>> reads = new ArrayList<>();
        for (int n : unindexed) {
            String key = found.get(n).key();
            reads.add(() -> tracker.property(key, IssueProperties.EXPERIMENT));
        }
        List<Optional<Map<String, String>>> cards = reads.isEmpty() ? List.of() : tracker.atOnce(reads);
        for (int i = 0; i < unindexed.size(); i++) {
            int n = unindexed.get(i);
            cards.get(i).ifPresent(card -> filled.set(n, filled.get(n).withProperty(IssueProperties.EXPERIMENT, card)));
        }
        return filled;
    }
}
