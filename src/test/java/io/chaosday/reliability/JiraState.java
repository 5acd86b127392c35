package io.chaosday.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.workflow.PlannedIssue;
import io.chaosday.workflow.PlannedIssues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares what a local Jira holds with a plan, read straight from the stub's store rather than
 * through the code under test, and names every difference.
 */
public final class JiraState {

    private final Map<String, List<ObjectNode>> byItem = new TreeMap<>();

    private JiraState(LocalJira jira, ChaosDayId id) {
        for (ObjectNode issue : jira.allIssues()) {
            for (JsonNode label : issue.path("fields").path("labels")) {
                IssueIdentity.fromLabel(label.asText()).filter(i -> i.chaosDay().equals(id))
                        .ifPresent(i -> byItem.computeIfAbsent(i.item().key(), k -> new ArrayList<>()).add(issue));
            }
        }
    }

    public static JiraState of(LocalJira jira, ChaosDayId id) {
        return new JiraState(jira, id);
    }

    /** Items held more than once: one entry per extra copy. */
    public int duplicates() {
        return byItem.values().stream().mapToInt(copies -> copies.size() - 1).sum();
    }

    /** Differences from the plan, plus {@code extraItems} (e.g. experiments) that must be there once; empty when exact. */
    public List<String> differencesFrom(ChaosDayPlan plan, ChaosDayId id, Set<String> extraItems) {
        List<String> problems = new ArrayList<>();
        Set<String> wanted = new TreeSet<>(extraItems);
        Map<String, LocalDate> due = new TreeMap<>();
        for (PlannedIssue p : PlannedIssues.of(plan, id)) {
            wanted.add(p.identity().item().key());
            due.put(p.identity().item().key(), p.due());
        }
        for (String item : wanted) {
            List<ObjectNode> copies = byItem.getOrDefault(item, List.of());
            if (copies.size() != 1) {
                problems.add(item + " is there " + copies.size() + " times");
                continue;
            }
            JsonNode fields = copies.get(0).path("fields");
            Optional.ofNullable(due.get(item)).filter(d -> !d.toString().equals(fields.path("duedate").asText()))
                    .ifPresent(d -> problems.add(item + " is due " + fields.path("duedate").asText() + ", not " + d));
            if (!item.startsWith("epic/")) {
                String epicLink = fields.path(LocalJira.epicLinkField()).asText();
                String phase = io.chaosday.tracker.Item.parse(item).phase().map(io.chaosday.plan.Phase::key).orElse("?");
                List<ObjectNode> epics = byItem.getOrDefault("epic/" + phase, List.of());
                boolean underLiveEpic = epics.stream().anyMatch(e -> e.path("key").asText().equals(epicLink));
                if (!epicLink.isEmpty() && !underLiveEpic) {
                    problems.add(item + " is under " + epicLink + ", which is not the " + phase + " epic");
                }
            }
        }
        byItem.keySet().stream().filter(item -> !wanted.contains(item))
                .forEach(item -> problems.add(item + " is not in the plan"));
        return problems;
    }
}
