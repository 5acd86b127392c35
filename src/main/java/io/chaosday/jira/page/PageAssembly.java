package io.chaosday.jira.page;

import io.chaosday.site.ConfluenceLinks;
import io.chaosday.jira.link.ConfluenceConnections;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.Step;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.ChaosDayStatus;
import io.chaosday.workflow.PlannedIssues;

import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole page for one project and one reader, put together from what the engine found, through
 * {@link PageViews}: the same view objects the screenshots render, filled from Jira instead of samples.
 *
 * @param views       links and wording of the definition, status, experiments and timeline
 * @param restBase    the REST resource's address for the project
 * @param adminPage   where an administrator sets a Confluence address and token
 * @param teamOfTeams how the team-of-teams review is named in the reader's language
 */
public record PageAssembly(PageViews views, String restBase, String adminPage, String teamOfTeams) {

    /** What the reader may do: change the Chaos Day (project administrators), set Confluence up (Jira administrators). */
    public record Reader(boolean canEdit, boolean canConfigure) {
    }

    public ChaosDayPage page(String projectKey, String projectName, ChaosDayIssues found, ChaosDayDefinition definition,
            Reader reader, ConfluenceConnections.Target confluence, Optional<URI> confluenceAddress, LocalDate today) {
        List<ExperimentRow> experiments = ChaosDayExperiments.list(found).stream().map(views::experiment).toList();
        return new ChaosDayPage(projectKey, projectName, views.definition(definition), reader.canEdit(), restBase,
                views.status(ChaosDayStatus.of(found, today), nextDue(found, today)), views.timeline(definition, today),
                experiments, reviews(found, definition, confluenceAddress), confluence(confluence, reader),
                (int) PlannedIssues.of(definition, found.id()).stream().filter(p -> found.find(p.identity()).isEmpty()).count());
    }

    /** Open tickets due today or later, soonest first; epics are summed up in the phase rows instead. */
    static List<TrackedIssue> nextDue(ChaosDayIssues found, LocalDate today) {
        return found.byItem().entrySet().stream()
                .filter(e -> !(e.getKey() instanceof Item.PhaseEpic))
                .map(Map.Entry::getValue)
                .filter(issue -> !issue.done() && issue.due().filter(due -> !due.isBefore(today)).isPresent())
                .sorted(Comparator.comparing((TrackedIssue i) -> i.due().orElseThrow()).thenComparing(TrackedIssue::key))
                .toList();
    }

    private List<ReviewRow> reviews(ChaosDayIssues found, ChaosDayDefinition definition, Optional<URI> confluence) {
        io.chaosday.workflow.PublishedPages published = io.chaosday.workflow.PublishedPages.of(found);
        return found.byItem().entrySet().stream()
                .filter(e -> e.getKey() instanceof Item.StepTicket ticket && ticket.isReview())
                .map(e -> {
                    Item.StepTicket ticket = (Item.StepTicket) e.getKey();
                    TrackedIssue issue = e.getValue();
                    String team = ticket.step() == Step.TEAM_OF_TEAMS ? teamOfTeams
                            : ticket.team().orElse(definition.teams().size() == 1 ? definition.teams().get(0) : "");
                    return new ReviewRow(views.issue(issue.key()), team, issue.done(),
                            page(issue, published.pageId(ticket), confluence).orElse(null));
                }).toList();
    }

    /** The page a review was published to, when it was and Confluence's address is known. */
    private static Optional<Link> page(TrackedIssue review, Optional<String> published, Optional<URI> confluence) {
        Optional<String> pageId = published.filter(id -> id.matches("\\d+"));
        if (pageId.isEmpty() || confluence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Link(review.summary(), new ConfluenceLinks(confluence.get()).page(pageId.get()).toString()));
    }

    private ConfluenceView confluence(ConfluenceConnections.Target target, Reader reader) {
        return switch (target.state()) {
            case LINKED -> new ConfluenceView(ConfluenceView.State.LINKED, target.name(), text(target.url()), reader.canConfigure());
            case AUTHORISATION_NEEDED -> new ConfluenceView(ConfluenceView.State.AUTHORISATION_NEEDED, target.name(),
                    text(target.url()), reader.canConfigure());
            case FALLBACK -> new ConfluenceView(ConfluenceView.State.FALLBACK, target.name(), text(target.url()),
                    reader.canConfigure());
            case NOT_CONFIGURED -> new ConfluenceView(ConfluenceView.State.NOT_CONFIGURED, "", adminPage, reader.canConfigure());
        };
    }

    private static String text(URI uri) {
        return uri == null ? "" : uri.toString();
    }
}
