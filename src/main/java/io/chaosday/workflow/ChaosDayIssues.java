package io.chaosday.workflow;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.Phase;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.TrackedIssue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The issues a tracker holds for one Chaos Day, by identity.
 *
 * @param seen how many issues the search returned, copies and issues of other Chaos Days included:
 *             what a later count is compared with to tell whether anyone else wrote since
 */
public record ChaosDayIssues(ChaosDayId id, Map<Item, TrackedIssue> byItem, int seen) {

    public ChaosDayIssues {
        byItem = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byItem));
    }

    /**
     * Keeps the issues that belong to {@code id}. Where an identity repeats (two runs created it at
     * the same moment) the copy with the lowest key number is the one: the rule every run applies.
     */
    public static ChaosDayIssues of(ChaosDayId id, List<TrackedIssue> issues) {
        Map<Item, TrackedIssue> byItem = new LinkedHashMap<>();
        for (TrackedIssue issue : issues) {
            issue.identity().filter(i -> i.chaosDay().equals(id))
                    .ifPresent(i -> byItem.merge(i.item(), issue, (a, b) -> IssueKeys.earlier(a, b)));
        }
        return new ChaosDayIssues(id, byItem, issues.size());
    }

    public Optional<TrackedIssue> find(IssueIdentity identity) {
        return identity.chaosDay().equals(id) ? Optional.ofNullable(byItem.get(identity.item())) : Optional.empty();
    }

    /** The definition kept on the Execute epic; empty for a Chaos Day made before definitions were kept. */
    public Optional<ChaosDayDefinition> definition() {
        return find(IssueIdentity.ofEpic(id, Phase.EXECUTE))
                .flatMap(epic -> epic.property(DefinitionProperty.KEY))
                .flatMap(DefinitionProperty::fromProperty);
    }

    /** The Chaos Day's name: exactly as it was given when a definition is kept, else read from its id. */
    public String name() {
        return definition().map(ChaosDayDefinition::name).orElseGet(id::readable);
    }

    public boolean isEmpty() {
        return byItem.isEmpty();
    }

    public int size() {
        return byItem.size();
    }

    /** Team names as the per-team tickets name them, in the order they were created. */
    public List<String> teams() {
        Set<String> teams = new LinkedHashSet<>();
        for (Item item : byItem.keySet()) {
            if (item instanceof Item.StepTicket ticket) {
                ticket.team().ifPresent(teams::add);
            }
        }
        return new ArrayList<>(teams);
    }

    /** The Chaos Day's experiment tickets, in the order they were created. */
    public List<TrackedIssue> experiments() {
        List<TrackedIssue> experiments = new ArrayList<>();
        byItem.forEach((item, issue) -> {
            if (item instanceof Item.ExperimentTicket) {
                experiments.add(issue);
            }
        });
        return experiments;
    }
}
