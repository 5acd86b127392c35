package io.chaosday.cli;

import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraLink;
import io.chaosday.site.JiraSite;
import io.chaosday.pages.preview.PreviewPage;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.Wiki;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.ImprovementRoutes;
import io.chaosday.workflow.PageAction;
import io.chaosday.workflow.PublishReviews;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chaosday publish}: the post-incident reviews and the lessons roll-up, in Confluence. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {
            "Publish the post-incident reviews and a lessons page to Confluence.",
            "",
            "A page per review ticket, under a lessons roll-up page for the Chaos Day; each ticket links to its "
                + "page. Improvement ideas with an owner become related Jira tickets, linked to the page; 'improvements:' "
                + "in the config file sends each team's to its own project, issue type, epic and labels.",
            "",
            "Safe to run again: pages are found by the id Jira keeps for each ticket and written only when the page's own "
                + "marker says it is that page, unchanged pages are not written, "
                + "and a page someone edited in Confluence is left alone unless you pass --force. Use --preview DIR "
                + "to render the pages offline (no Confluence needed) and check them first."
        },
        footer = {"", "Examples (with JIRA_URL and JIRA_PROJECT set):",
            "  chaosday publish --preview preview/",
            "  chaosday publish --confluence https://wiki.example.com --space CHAOS --dry-run",
            "  chaosday publish --confluence https://wiki.example.com --space CHAOS \\",
            "      --parent 123456"})
public final class PublishCommand extends ChaosDayCommand {

    @Mixin
    ConfluenceOptions confluence;

    @Option(names = "--space", paramLabel = "KEY",
            description = "Confluence space to publish into. Default: CONFLUENCE_SPACE, else 'space:' in the config file.")
    String space;

    @Option(names = "--parent", paramLabel = "PAGE-ID", description = "Page to put the lessons page under (default: the space's top level).")
    String parent;

    @Option(names = "--jira-server", paramLabel = "NAME",
            description = "Name of Confluence's application link to this Jira; with --jira-server-id, pages use Jira issue macros.")
    String jiraServer;

    @Option(names = "--jira-server-id", paramLabel = "ID", description = "Id of that application link.")
    String jiraServerId;

    @Option(names = "--preview", paramLabel = "DIR", description = "Write each page as HTML and storage format into DIR; publish nothing.")
    Path preview;

    @Option(names = "--dry-run", description = "Show what would be published, and change nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Overwrite pages that people edited in Confluence since the last publish.")
    boolean force;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}: json prints one document saying what was published, raised and left alone, "
                    + "with keys and addresses (docs/json/chaosday-result.schema.json). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;


    @Override
    public Integer call() {
        String key = jira.projectKey();
        URI jiraUri = jira.uri();
        ConnectionDefaults defaults = jira.defaults();
        ImprovementRoutes routes = ImprovementsConfig.read(context.root().environment(), Optional.ofNullable(jira.config),
                context.root().workingDirectory());
        String spaceKey = null;
        if (preview == null) {
            confluence.uri(defaults);
            spaceKey = defaults.resolve(ConnectionDefaults.Setting.SPACE, space).filter(s -> !s.isBlank())
                    .orElseThrow(() -> new UsageException(defaults.missing(ConnectionDefaults.Setting.SPACE, "KEY")));
        }
        if ((jiraServer == null) != (jiraServerId == null)) {
            throw new UsageException("give --jira-server and --jira-server-id together, or neither");
        }
        JiraSite site = jiraServer == null ? JiraSite.unlinked(jiraUri) : JiraSite.linked(jiraUri, new JiraLink(jiraServer, jiraServerId));
        // Confluence's credentials are input too: a bad token file is reported before Jira is asked anything.
        Optional<Wiki> wiki = preview == null
                ? Optional.of(confluence.connect(context.root(), jira)) : Optional.empty();
        IssueTracker tracker = jira.connect(context.root());
        ChaosDayIssues found = ChaosDayFinder.forPublishing(tracker).findByName(key, which.name());
        String chaosDayName = found.name();
        PublishReviews publish = new PublishReviews(tracker, new ConfluencePages(site)).routingImprovements(routes);
        LocalDate today = context.today();
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        if (preview != null) {
            return writePreview(publish.preview(key, found, chaosDayName, today), out, err);
        }
        // Each line is printed as it happens: a run that fails half-way has already said what it did.
        // With --format json, stdout holds the one document, so the lines go to stderr.
        PrintWriter lines = format == ReportFormat.JSON ? err : out;
        PublishReviews.Events events = new PublishReviews.Events() {
            @Override
            public void improvementCreated(TrackedIssue ticket) {
                context.root().terminal().endLine();
                lines.printf("improvement ticket  %-10s %s  %s%n", ticket.key(), ticket.summary(), tracker.browse(ticket.key()));
                lines.flush();
            }

            @Override
            public void published(PublishReviews.PageResult page) {
                context.root().terminal().endLine();
                // padded before painting: the colour codes take no room on screen
                String action = String.format("%-17s", words(page.action()));
                String rest = " " + TerminalText.safe(page.title()) + "  " + TerminalText.safe(where(page)) + System.lineSeparator();
                if (lines == out) {
                    context.root().terminal().printPainted(out, paint(page.action(), action) + rest);
                } else {
                    lines.print(action + rest);
                }
                lines.flush();
            }
        };
        PublishReviews.Report report = publish.publish(key, found, chaosDayName, wiki.orElseThrow(),
                new PublishReviews.Target(spaceKey.strip(), Optional.ofNullable(parent), force, dryRun), today,
                new StderrProgress(err, context.root().terminal()), events);
        report.improvementsMissing().forEach(i -> lines.printf("would create improvement ticket  %s (owner: %s)%n",
                i.summary(), i.owner()));
        new java.util.LinkedHashSet<>(report.warnings()).forEach(w -> err.println("warning: " + w));
        long skipped = report.skipped();
        if (skipped > 0) {
            report.pages().stream().filter(p -> p.action() == PageAction.SKIPPED_EDITED)
                    .forEach(p -> err.println("publish: " + FailureWords.editedPage(p.page().orElseThrow())));
        }
        List<PublishReviews.PageResult> left = report.left();
        if (!left.isEmpty()) {
            err.println("publish: " + left.size() + " of " + report.pages().size() + " pages are left to publish ("
                    + left.stream().map(p -> "\"" + p.title() + "\"").collect(java.util.stream.Collectors.joining(", "))
                    + "); run the same publish again to finish them");
        }
        if (format == ReportFormat.JSON) {
            json(report, tracker, found).print(out);
        }
        if (skipped > 0 || !left.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        if (format == ReportFormat.JSON) {
            return ExitCodes.OK;
        }
        out.println(dryRun
                ? report.pages().size() + " pages would be published or are up to date (dry run: nothing changed)"
                : report.pages().size() + " pages published or up to date");
        return ExitCodes.OK;
    }

    private ResultJson json(PublishReviews.Report report, IssueTracker tracker, ChaosDayIssues found) {
        ResultJson json = new ResultJson("publish", dryRun, tracker).chaosDay(found.id(), found.name());
        var improvements = json.list("improvements");
        report.improvementsCreated().forEach(i -> json.issue(improvements, "created", i));
        report.improvementsMissing().forEach(i -> json.planned(improvements, "would-create", i.summary(), i.due())
                .put("owner", i.owner()));
        var pages = json.list("pages");
        for (PublishReviews.PageResult page : report.pages()) {
            var node = pages.addObject().put("action", words(page.action()).replace(' ', '-')).put("title", page.title());
            node.put("id", page.page().map(p -> p.id()).orElse(null));
            node.put("url", page.page().map(p -> p.link().toString()).orElse(null));
            node.put("reason", page.failure().map(FailureWords::message)
                    .or(() -> page.action() == PageAction.SKIPPED_EDITED
                            ? page.page().map(FailureWords::editedPage) : Optional.empty())
                    .orElse(null));
        }
        var warnings = json.list("warnings");
        new java.util.LinkedHashSet<>(report.warnings()).forEach(warnings::add);
        return json;
    }

    /** The page's address; for a page a dry run would make, what would happen instead; for a failed one, why. */
    private static String where(PublishReviews.PageResult page) {
        if (page.failure().isPresent()) {
            return FailureWords.message(page.failure().get());
        }
        if (page.action() == PageAction.LEFT) {
            return "not tried: the lessons page it goes under could not be published";
        }
        return page.page().map(p -> p.link().toString()).orElseGet(() -> page.replacedPageId()
                .map(id -> "page " + id + " was deleted; would publish it again").orElse("would be created"));
    }

    /** What happened to a page, in the run's tense: "created", or "would create" on a dry run. */
    /** Written pages green, pages left alone yellow, failures red, unchanged ones plain. */
    private String paint(PageAction action, String text) {
        Terminal terminal = context.root().terminal();
        return switch (action) {
            case CREATED, UPDATED, RECREATED -> terminal.paintStdout(Terminal.GREEN, text);
            case SKIPPED_EDITED, LEFT -> terminal.paintStdout(Terminal.YELLOW, text);
            case FAILED -> terminal.paintStdout(Terminal.RED, text);
            case UNCHANGED -> text;
        };
    }

    private String words(PageAction action) {
        return switch (action) {
            case CREATED -> dryRun ? "would create" : "created";
            case UPDATED -> dryRun ? "would update" : "updated";
            case UNCHANGED -> "unchanged";
            case SKIPPED_EDITED -> dryRun ? "would leave alone" : "left alone";
            case RECREATED -> dryRun ? "would recreate" : "recreated";
            case FAILED -> "failed";
            case LEFT -> "left";
        };
    }

    private int writePreview(PublishReviews.Preview preview, PrintWriter out, PrintWriter err) {
        List<PublishReviews.Draft> drafts = preview.drafts();
        Map<String, String> files = new LinkedHashMap<>();
        int n = 0;
        for (PublishReviews.Draft draft : drafts) {
            String base = String.format("%02d-%s", n++, PreviewNames.of(draft.page().title()));
            files.put(base + ".html", PreviewPage.html(draft.page().title(), draft.page().storage()));
            files.put(base + ".storage.xml", draft.page().storage());
        }
        OutputFiles.write(this.preview, files).stream().filter(p -> p.toString().endsWith(".html"))
                .forEach(p -> out.println("preview " + p));
        preview.warnings().forEach(w -> err.println("warning: " + w));
        out.println(drafts.size() + " pages rendered");
        return ExitCodes.OK;
    }
}
