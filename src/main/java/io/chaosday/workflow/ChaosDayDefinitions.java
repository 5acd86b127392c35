package io.chaosday.workflow;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.Phase;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import java.util.Optional;

/** Keeps a Chaos Day's definition on its Execute epic, written only when it changed. */
public final class ChaosDayDefinitions {

    private ChaosDayDefinitions() {
    }

    /**
     * Stores {@code definition} on the Chaos Day {@code found} holds, unless it is already what is
     * stored. False when the Chaos Day has no Execute epic to keep it on.
     */
    public static boolean keep(IssueTracker tracker, ChaosDayIssues found, ChaosDayDefinition definition) {
        Optional<TrackedIssue> epic = found.find(IssueIdentity.ofEpic(found.id(), Phase.EXECUTE));
        epic.ifPresent(e -> keep(tracker, e.key(), found.definition(), definition));
        return epic.isPresent();
    }

    static void keep(IssueTracker tracker, String executeEpicKey, Optional<ChaosDayDefinition> stored,
            ChaosDayDefinition definition) {
        if (!stored.equals(Optional.of(definition))) {
            tracker.setProperty(executeEpicKey, DefinitionProperty.KEY, DefinitionProperty.toProperty(definition));
        }
    }
}
