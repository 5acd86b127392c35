package io.chaosday.workflow;

import io.chaosday.plan.Phase;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The card writes of one add, keeping the Chaos Day's card index ({@link ExperimentCards}) true
 * where the tracker reads cards through it: before the first card write a complete index is marked
 * as being written, and after the last the whole index is written once, complete, from the cards
 * as they now stand. A run stopped in between leaves it marked, and readers read each card.
 */
final class CardIndexWrites {

    private final IssueTracker tracker;
    private final boolean indexed;
    private final Optional<String> epicKey;
    private final Optional<ExperimentCards> before;
    private final Map<String, Map<String, String>> cards = new LinkedHashMap<>();
    private boolean writing;

    /** Starting from the cards the Chaos Day's experiment tickets carry as found. */
    CardIndexWrites(IssueTracker tracker, ChaosDayIssues found) {
        this.tracker = tracker;
        this.indexed = !tracker.searchCarriesProperties();
        Optional<TrackedIssue> epic = found.find(IssueIdentity.ofEpic(found.id(), Phase.EXECUTE));
        this.epicKey = epic.map(TrackedIssue::key);
        this.before = epic.flatMap(ExperimentCards::onEpic);
        for (TrackedIssue experiment : found.experiments()) {
            experiment.property(IssueProperties.EXPERIMENT).ifPresent(card -> cards.put(experiment.key(), card));
        }
    }

    /** Writes a ticket's card property, and remembers it for the index. */
    void write(String issueKey, Map<String, String> card) {
        beforeWriting();
        tracker.setProperty(issueKey, IssueProperties.EXPERIMENT, card);
        synchronized (cards) {
            cards.put(issueKey, card);
        }
    }

    /** Before any card write, a create's included: a complete index stops being trusted until {@link #finish}. */
    synchronized void beforeWriting() {
        if (!writing && indexed && epicKey.isPresent() && before.filter(ExperimentCards::complete).isPresent()) {
            tracker.setProperty(epicKey.get(), ExperimentCards.KEY, ExperimentCards.writing().toProperty());
        }
        writing = true;
    }

    /** Tickets made carrying their card in the create: those kept (copies a duplicate sweep deleted are not). */
    void created(List<TrackedIssue> kept) {
        synchronized (cards) {
            kept.forEach(issue -> issue.property(IssueProperties.EXPERIMENT).ifPresent(card -> cards.put(issue.key(), card)));
        }
    }

    /**
     * After the run's last card write: the whole index, complete (or, too large for one property,
     * saying so), unless the index already holds exactly that.
     */
    void finish() {
        if (!indexed || epicKey.isEmpty()) {
            return;
        }
        Map<String, String> now;
        synchronized (cards) {
            now = ExperimentCards.of(cards).toProperty();
        }
        if (writing || before.map(index -> !index.toProperty().equals(now)).orElse(true)) {
            tracker.setProperty(epicKey.get(), ExperimentCards.KEY, now);
        }
    }
}
