package io.chaosday.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.chaosday.review.Experiment;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chaosday experiments list}: the experiments with owner, team and outcome. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the experiments with their owner, team and outcome.", "",
            "Before the Chaos Day an experiment nobody marked reads \"Planned\"; after it, \"Not run\"."},
        footer = {"", "Examples (with JIRA_URL and JIRA_PROJECT set):",
            "  chaosday experiments list",
            "  chaosday experiments list --format json"})
public final class ExperimentsListCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    ExperimentsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JiraOptions jira;

    @Mixin
    WhichChaosDay which;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}; json carries every field of each card. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        String key = jira.projectKey();
        IssueTracker tracker = jira.connect(parent.root);
        List<Experiment> experiments = ChaosDayExperiments.list(
                ChaosDayFinder.withCardsAndPages(tracker).findByName(key, which.name()), Optional.of(LocalDate.now(parent.root.clock())));
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            out.println(JSON.writeValueAsString(json(experiments, tracker)));
            return ExitCodes.OK;
        }
        if (experiments.isEmpty()) {
            out.println("no experiments yet; add them with 'chaosday experiments add'");
            return ExitCodes.OK;
        }
        out.printf("%-10s  %-28s  %-12s  %-12s  %s%n", "KEY", "OUTCOME", "OWNER", "TEAM", "TITLE");
        for (Experiment e : experiments) {
            out.printf("%-10s  %-28s  %-12s  %-12s  %s%n", e.key().map(Object::toString).orElse("-"), e.outcome().label(),
                    e.owner(), e.team(), e.title());
        }
        return ExitCodes.OK;
    }

    private static ArrayNode json(List<Experiment> experiments, IssueTracker tracker) {
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
            item.put("isolation", e.isolation().name().toLowerCase(java.util.Locale.ROOT));
            item.put("environment", e.environment());
            item.put("owner", e.owner());
            item.put("team", e.team());
        }
        return list;
    }
}
