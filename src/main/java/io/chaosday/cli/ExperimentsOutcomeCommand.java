package io.chaosday.cli;

import io.chaosday.review.Outcome;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Project;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chaosday experiments outcome}: how an experiment ended. */
@Command(name = "outcome", mixinStandardHelpOptions = true,
        description = "Record how an experiment ended.",
        footer = {"", "An issue key says which project and which Chaos Day: no --project or --name is needed.", "",
            "Example (with JIRA_URL set):",
            "  chaosday experiments outcome --experiment CHAOS-21 --outcome resolved-by-team"})
public final class ExperimentsOutcomeCommand extends ChaosDayCommand {

    @Option(names = "--experiment", required = true, paramLabel = "KEY|TITLE", description = "The experiment's issue key or title.")
    String experiment;

    @Option(names = "--outcome", required = true, paramLabel = "OUTCOME",
            description = "One of ${COMPLETION-CANDIDATES}.")
    OutcomeChoice outcome;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}: json prints one document naming the experiment, its "
                    + "address and outcome (docs/json/chaosday-result.schema.json). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Override
    public Integer call() {
        // An issue key says which project and which Chaos Day; a title needs both from the options or defaults.
        if (Project.ofIssueKey(experiment).isEmpty()) {
            jira.projectKey(); // a missing project is bad input, reported before anything is sent
        }
        Outcome chosen = outcome.outcome();
        IssueTracker tracker = jira.connect(context.root());
        ChaosDayIssues found = which.holding(experiment, new ChaosDayFinder(tracker), jira);
        TrackedIssue issue = new ChaosDayExperiments(tracker).recordOutcome(found, experiment, chosen);
        if (format == ReportFormat.JSON) {
            ResultJson json = new ResultJson("experiments outcome", false, tracker).chaosDay(found.id(), found.name());
            json.issue(json.list("experiments"), "recorded", issue)
                    .put("outcome", chosen.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .put("outcomeLabel", chosen.label());
            json.print(context.out());
            return ExitCodes.OK;
        }
        context.out().println(issue.key() + "  " + chosen.label() + "  " + issue.summary());
        return ExitCodes.OK;
    }

}
