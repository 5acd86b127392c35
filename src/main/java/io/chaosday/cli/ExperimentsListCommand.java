package io.chaosday.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.chaosday.review.Experiment;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chaosday experiments list}: the experiments with owner, team and outcome. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the experiments with their owner, team and outcome.", "",
            "Before the Chaos Day an experiment nobody marked reads \"Planned\"; after it, \"Not run\"."},
        footer = {"", "Examples (with JIRA_URL and JIRA_PROJECT set):",
            "  chaosday experiments list",
            "  chaosday experiments list --format json"})
public final class ExperimentsListCommand extends ChaosDayCommand {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}; json carries every field of each card. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        String key = jira.projectKey();
        IssueTracker tracker = jira.connect(context.root());
        ChaosDayIssues found = ChaosDayFinder.withCards(tracker).findByName(key, which.name());
        List<Experiment> experiments = ChaosDayExperiments.list(found, Optional.of(context.today()));
        // Who the ticket is assigned to now, which a person may have changed in Jira since the card was written.
        Map<String, Optional<String>> assignees = new HashMap<>();
        found.byItem().values().forEach(issue -> assignees.put(issue.key(), issue.assignee()));
        PrintWriter out = context.out();
        if (format == ReportFormat.JSON) {
            out.println(JSON.writeValueAsString(json(experiments, tracker, assignees)));
            return ExitCodes.OK;
        }
        if (experiments.isEmpty()) {
            out.println("no experiments yet; add them with 'chaosday experiments add'");
            return ExitCodes.OK;
        }
        out.printf("%-10s  %-28s  %-12s  %-12s  %s%n", "KEY", "OUTCOME", "ASSIGNEE", "TEAM", "TITLE");
        for (Experiment e : experiments) {
            out.printf("%-10s  %-28s  %-12s  %-12s  %s%n", e.key().map(Object::toString).orElse("-"), e.outcome().label(),
                    assignee(e, assignees).orElse("unassigned"), e.team(), e.title());
        }
        return ExitCodes.OK;
    }

    private static Optional<String> assignee(Experiment e, Map<String, Optional<String>> assignees) {
        return e.key().flatMap(k -> assignees.getOrDefault(k.toString(), Optional.empty()));
    }

    private static ArrayNode json(List<Experiment> experiments, IssueTracker tracker, Map<String, Optional<String>> assignees) {
        ArrayNode list = JSON.createArrayNode();
        for (Experiment e : experiments) {
            var item = list.addObject();
            item.put("key", e.key().map(Object::toString).orElse(null));
            item.put("url", e.key().map(k -> tracker.browse(k.toString()).toString()).orElse(null));
            item.put("title", e.title());
            item.put("outcome", e.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.put("outcomeLabel", e.outcome().label());
            item.put("component", e.component());
            item.putObject("failure").put("what", e.failure().what()).put("where", e.failure().where())
                    .put("how", e.failure().how());
            item.putObject("impact").put("technical", e.expectedImpact().technical())
                    .put("business", e.expectedImpact().business());
            item.put("expectedResponse", e.expectedResponse());
            item.put("rollback", e.rollback());
            item.put("restore", e.restore());
            item.put("isolation", e.isolation().name().toLowerCase(java.util.Locale.ROOT));
            item.put("environment", e.environment());
            item.put("owner", e.owner());
            item.put("assignee", assignee(e, assignees).orElse(null));
            item.put("team", e.team());
        }
        return list;
    }
}
