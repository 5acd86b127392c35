package io.chaosday.jira.page;

import io.chaosday.site.JiraSite;
import io.chaosday.export.HtmlTimeline;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.review.Experiment;
import io.chaosday.review.Outcome;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayStatus;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The page's view objects, worked out from what the engine reports: the definition, the status, the
 * experiments and the timeline (the command line's own HTML timeline of the definition's plan).
 * Issue links go to {@code <jira>/browse/<key>}.
 */
public final class PageViews {

    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

    private final URI jira;
    private final Locale locale;

    /** @param jira Jira's base address, as people open it */
    public PageViews(URI jira, Locale locale) {
        this.jira = jira;
        this.locale = locale;
    }

    public DefinitionView definition(ChaosDayDefinition definition) {
        return new DefinitionView(definition.name(), definition.chaosDay().toString(),
                definition.chaosDay().getDayOfWeek().getDisplayName(TextStyle.FULL, locale), definition.days(),
                definition.teams(), definition.calendar().holidays().stream().map(LocalDate::toString).toList(),
                WEEK.stream().filter(definition.calendar().weekend()::contains)
                        .map(day -> day.name().substring(0, 3)).toList(),
                definition.provisional());
    }

    /** @param nextDue open tickets due from today on, soonest first; the page shows the first few */
    public StatusView status(ChaosDayStatus.Report report, List<TrackedIssue> nextDue) {
        long days = report.daysToChaosDay().orElse(0L);
        String when = days > 1 ? "in-days" : days == 1 ? "tomorrow" : days == 0 ? "today" : "days-ago";
        List<PhaseRow> phases = report.phases().stream().map(progress -> new PhaseRow(
                "chaosday.page.phase." + progress.phase().key(), progress.phase().key(), progress.done(), progress.total(),
                progress.due().map(LocalDate::toString).orElse(""), progress.epicKey().map(this::issue).orElse(null),
                report.current().filter(progress.phase()::equals).isPresent())).toList();
        return new StatusView("chaosday.page.when." + when, Math.abs(days), phases,
                report.overdue().stream().map(this::ticket).toList(),
                nextDue.stream().limit(5).map(this::ticket).toList());
    }

    public ExperimentRow experiment(Experiment experiment) {
        String key = experiment.key().map(io.chaosday.review.IssueKey::value).orElse("");
        return new ExperimentRow(key.isEmpty() ? new Link("", "") : issue(key), experiment.title(), experiment.owner(),
                experiment.team(), "chaosday.page.outcome." + experiment.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                lozenge(experiment.outcome()));
    }

    /** The command line's timeline page for the definition's plan, whole. */
    public String timeline(ChaosDayDefinition definition, LocalDate today) {
        return new HtmlTimeline().render(definition.plan(), today);
    }

    /** AUI lozenge colours: green when resolved, blue while running, grey when not run. */
    static String lozenge(Outcome outcome) {
        return switch (outcome) {
            case RESOLVED_BY_AGENTS, RESOLVED_BY_TEAM -> "success";
            case IN_PROGRESS -> "current";
            case PLANNED, NOT_RUN -> "default";
        };
    }

    private TicketRow ticket(TrackedIssue issue) {
        return new TicketRow(issue(issue.key()), issue.summary(), issue.due().map(LocalDate::toString).orElse(""),
                issue.assignee().orElse(""));
    }

    Link issue(String key) {
        return new Link(key, JiraSite.unlinked(jira).browse(key).toString());
    }

}
