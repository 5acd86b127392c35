package io.chaosday.workflow;

import io.chaosday.review.Improvement;
import io.chaosday.review.IssueKey;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.Slug;
import io.chaosday.tracker.TextBlock;
import io.chaosday.tracker.TrackedIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a review's improvement ideas into backlog tickets related to the review ticket, once each:
 * an idea is found again by its review and summary, so editing the ticket later is safe.
 */
final class ReviewImprovements {

    /** Every improvement ticket carries this label, for the lessons page's Jira query. */
    static final String LABEL = "chaos-improvement";

    private final IssueTracker tracker;

    ReviewImprovements(IssueTracker tracker) {
        this.tracker = tracker;
    }

    static IssueIdentity identity(ChaosDayId id, String reviewItem, ImprovementIdeas.Idea idea) {
        return new IssueIdentity(id, "improvement/" + reviewItem + "/" + Slug.of(idea.summary(), 60, "idea"));
    }

    /**
     * The review's improvements, each with its ticket; missing tickets are created unless
     * {@code readOnly}. {@code created} collects the tickets this call made.
     */
    List<Improvement> ensure(String projectKey, ChaosDayIssues found, ReviewTickets.ReviewTicket review,
            List<ImprovementIdeas.Idea> ideas, boolean readOnly, List<TrackedIssue> created, List<String> warnings) {
        List<Improvement> improvements = new ArrayList<>();
        for (ImprovementIdeas.Idea idea : ideas) {
            IssueIdentity identity = identity(found.id(), review.item(), idea);
            Optional<TrackedIssue> ticket = found.find(identity).or(() -> created.stream()
                    .filter(c -> c.identity().filter(identity::equals).isPresent()).findFirst());
            if (ticket.isEmpty() && !readOnly) {
                NewIssue issue = new NewIssue(identity, IssueKind.TASK, idea.summary(), List.of(
                        new TextBlock.Paragraph("An improvement from the post-Chaos review " + review.issue().key() + "."),
                        new TextBlock.Bullets(List.of("Owner: " + idea.owner(),
                                "Due: " + idea.due().map(Object::toString).orElse("not set")))),
                        idea.due(), List.of(PlannedIssues.CHAOS_DAY_LABEL, LABEL), Optional.empty());
                DuplicateSweep.Result swept = new DuplicateSweep(tracker).sweep(projectKey, found.id(),
                        found.seen() + created.size(), tracker.createIssues(projectKey, List.of(issue), Progress.SILENT));
                if (swept.kept().isEmpty()) {
                    // Another publish made the same ticket a moment earlier; it relates and assigns it.
                    improvements.add(improvement(swept.lostTo().stream().findFirst(), idea));
                    continue;
                }
                TrackedIssue made = swept.kept().get(0);
                tracker.relate(review.issue().key(), made.key());
                if (!tracker.assign(made.key(), idea.owner())) {
                    warnings.add(made.key() + " is left unassigned: Jira knows no user '" + idea.owner()
                            + "'; the owner is named in its description");
                }
                created.add(made);
                ticket = Optional.of(made);
            }
            improvements.add(improvement(ticket, idea));
        }
        return improvements;
    }

    private static Improvement improvement(Optional<TrackedIssue> ticket, ImprovementIdeas.Idea idea) {
        return new Improvement(ticket.map(t -> IssueKey.of(t.key())), idea.summary(), idea.owner(), idea.due(),
                ticket.map(TrackedIssue::done).orElse(false));
    }
}
