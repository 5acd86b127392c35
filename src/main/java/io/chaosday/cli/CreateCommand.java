package io.chaosday.cli;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.NewProject;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.PartlyDone;
import io.chaosday.workflow.PlannedIssue;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chaosday create}: the plan, made real in Jira. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {
            "Create the Chaos Day's epics and tickets in Jira.",
            "",
            "Creates the project if needed (with --project-name), the four phase epics and every ticket with its "
                + "due date, takes the same plan options as 'plan'. Safe to run again: issues already there are "
                + "found by the identity stored on them and left as they are, so a second run creates nothing and "
                + "a run that stopped half-way is finished.",
            "",
            "Credentials: JIRA_TOKEN (a Data Center personal access token, or a Cloud API token with JIRA_USER set "
                + "to your e-mail), or --token-file."
        },
        footer = {"", "Examples:",
            "  export JIRA_URL=https://jira.example.com JIRA_PROJECT=CHAOS JIRA_TOKEN=...",
            "  chaosday create --project-name \"Chaos Day\" --chaos-day 2027-03-10 \\",
            "      --team Payments --team Search --dry-run",
            "  chaosday create --chaos-day 2027-03-10 --team Payments --team Search"})
public final class CreateCommand implements Callable<Integer> {

    @Mixin
    CommandContext context;

    @Mixin
    JiraOptions jira;

    @Mixin
    PlanOptions planOptions;

    @Option(names = "--project-name", paramLabel = "NAME", description = "Create the project with this name when it does not exist.")
    String projectName;

    @Option(names = "--lead", paramLabel = "USER", description = "Project lead for a new project: a user name on Data Center, an account id on Cloud (default: you).")
    String lead;

    @Option(names = "--dry-run", description = "Show what would be created, and change nothing.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}: json prints one document saying what was created and what was already there, "
                    + "with keys and addresses (docs/json/chaosday-result.schema.json). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;


    /** Said on stderr and, with --format json, in the document's warnings: a script reading only stdout learns it too. */
    static final String INDEX_BEHIND = "Jira's search does not show every issue made yet, after waiting for it; wait a few"
            + " minutes before running create again, or it may create them twice";

    @Override
    public Integer call() {
        String key = jira.projectKey();
        jira.uri(); // a mistyped address is bad input, reported before the plan is worked out
        planOptions.defaultName = WhichChaosDay.defaultName(context.command);
        ChaosDayDefinition definition = planOptions.newDefinition(context.clock());
        IssueTracker tracker = jira.connect(context.root());
        PrintWriter out = context.out();
        ChaosDayId id = ChaosDayId.fromName(definition.name());
        Optional<NewProject> newProject = Optional.ofNullable(projectName).map(n -> new NewProject(key, n, Optional.ofNullable(lead)));
        CreateChaosDay.Report report;
        Optional<io.chaosday.tracker.TrackerException> stopped = Optional.empty();
        try {
            report = new CreateChaosDay(tracker, context.root().connections().pause()).run(
                    new CreateChaosDay.Request(key, newProject, definition, dryRun), new StderrProgress(context.err(), context.root().terminal()));
        } catch (PartlyDone partly) {
            // What landed before the failure is reported first; the failure then ends the run as it always has.
            report = partly.soFar(CreateChaosDay.Report.class).orElseThrow(() -> partly);
            stopped = Optional.of(partly.failure());
        }
        List<String> warnings = report.indexBehind() ? List.of(INDEX_BEHIND) : List.of();
        warnings.forEach(w -> context.err().println("warning: " + w));
        if (format == ReportFormat.JSON) {
            ResultJson json = json(report, tracker, key, id, definition.name());
            var listed = json.list("warnings");
            warnings.forEach(listed::add);
            json.print(out);
            stopped.ifPresent(PartlyDone::rethrow);
            return ExitCodes.OK;
        }
        if (dryRun) {
            if (report.projectCreated()) {
                out.println("would create project " + key + " (" + projectName + ")");
            }
            for (PlannedIssue issue : report.wouldCreate()) {
                out.printf("would create  %-7s %-10s due %s  %s%n", issue.epic() ? "epic" : "ticket",
                        issue.phase().key(), issue.due(), issue.issue().summary());
            }
            out.println(report.wouldCreate().size() + " to create, " + report.unchanged().size() + " already there (dry run: nothing changed)");
            return ExitCodes.OK;
        }
        if (report.project().isPresent()) {
            out.println((report.projectCreated() ? "created project " : "project ") + report.project().get().key() + "  "
                    + report.project().get().link());
        }
        for (TrackedIssue issue : report.created()) {
            out.printf("created  %-10s due %s  %s  %s%n", issue.key(), issue.due().map(Object::toString).orElse("-"),
                    issue.summary(), tracker.browse(issue.key()));
        }
        if (stopped.isPresent()) {
            out.println(report.created().size() + " created, then the run stopped (below): what is listed above is in Jira;"
                    + " run the same create again to finish");
            PartlyDone.rethrow(stopped.get());
        }
        out.println(report.created().size() + " created, " + report.unchanged().size() + " unchanged");
        return ExitCodes.OK;
    }

    private ResultJson json(CreateChaosDay.Report report, IssueTracker tracker, String key, ChaosDayId id, String name) {
        ResultJson json = new ResultJson("create", dryRun, tracker).chaosDay(id, name);
        com.fasterxml.jackson.databind.node.ObjectNode project = json.root().putObject("project").put("key", key)
                .put("created", report.projectCreated());
        project.put("url", report.project().map(p -> p.link().toString()).orElse(null));
        var issues = json.list("issues");
        report.created().forEach(i -> json.issue(issues, "created", i));
        report.wouldCreate().forEach(i -> json.planned(issues, "would-create", i.issue().summary(), i.issue().due())
                .put("epic", i.epic()).put("phase", i.phase().key()));
        report.unchanged().forEach(i -> json.issue(issues, "unchanged", i));
        return json;
    }
}
