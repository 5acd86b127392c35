package io.chaosday.workflow;

import io.chaosday.review.Improvement;
import io.chaosday.review.IssueKey;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.Slug;
import io.chaosday.tracker.TextBlock;
import io.chaosday.tracker.TrackedIssue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The second step of publishing: every improvement idea with an owner has its backlog ticket,
 * related to the review ticket, once: an idea is found again by its review and summary, so editing
 * the ticket later is safe. The only step that writes to the tracker.
 */
final class ReviewImprovements {

    /** Every improvement ticket carries this label, for the lessons page's Jira query. */
    static final String LABEL = "chaos-improvement";

    /**
     * Each review's improvements (by review ticket key), the tickets this run created, the ideas
     * that would get a ticket (on a read-only run), and what the run should tell the user.
     */
    record Ensured(Map<String, List<Improvement>> byReview, List<TrackedIssue> created, List<Improvement> missing,
            List<String> warnings) {
        Ensured {
            byReview = Map.copyOf(byReview);
            created = List.copyOf(created);
            missing = List.copyOf(missing);
            warnings = List.copyOf(warnings);
        }

        List<Improvement> of(GatheredReview review) {
            return byReview.getOrDefault(review.key(), List.of());
        }
    }

    /** Called with each ticket as soon as it exists, so a run that fails later can still say what it made. */
    interface Created {
        Created NONE = ticket -> { };

        void ticket(TrackedIssue ticket);
    }

    private final IssueTracker tracker;

    ReviewImprovements(IssueTracker tracker) {
        this.tracker = tracker;
    }

    /** The idea's identity under its review: its summary as a slug and a hash of the exact summary, so no two ideas share it. */
    static IssueIdentity identity(ChaosDayId id, Item.StepTicket review, ImprovementIdeas.Idea idea) {
        String summary = java.text.Normalizer.normalize(idea.summary().strip(), java.text.Normalizer.Form.NFC);
        return new IssueIdentity(id, new Item.ImprovementTicket(review, Slug.of(summary, 50, "idea") + "-" + Slug.hash(summary)));
    }

    /** The identity ideas had before it carried a hash: the summary's slug alone. */
    static IssueIdentity identityBefore(ChaosDayId id, Item.StepTicket review, ImprovementIdeas.Idea idea) {
        return new IssueIdentity(id, new Item.ImprovementTicket(review, Slug.of(idea.summary(), 60, "idea")));
    }

    /** The improvements of every review; missing tickets are created unless {@code readOnly}. */
    Ensured ensure(String projectKey, ChaosDayIssues found, List<GatheredReview> reviews, boolean readOnly, Created onCreated) {
        Map<String, List<Improvement>> byReview = new LinkedHashMap<>();
        List<TrackedIssue> created = new ArrayList<>();
        List<Improvement> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (GatheredReview review : reviews) {
            List<Improvement> improvements = new ArrayList<>();
            for (ImprovementIdeas.Idea idea : review.ideas().ideas()) {
                Optional<TrackedIssue> ticket = Optional.empty();
                if (idea.owner().isPresent() && idea.fitsJira()) {
                    IssueIdentity identity = identity(found.id(), review.ticket().item(), idea);
                    ticket = found.find(identity).or(() -> created.stream()
                            .filter(c -> c.identity().filter(identity::equals).isPresent()).findFirst())
                            // one made before identities carried a hash, whose summary is exactly this idea's
                            .or(() -> found.find(identityBefore(found.id(), review.ticket().item(), idea))
                                    .filter(t -> t.summary().strip().equals(io.chaosday.plan.TitleText.clean(idea.summary()).strip())));
                    if (ticket.isEmpty() && !readOnly) {
                        DuplicateSweep.Result swept = create(projectKey, found, created.size(), review, idea, identity,
                                warnings, onCreated);
                        if (swept.kept().isEmpty()) {
                            // Another publish made the same ticket a moment earlier; it relates and assigns it.
                            ticket = swept.lostTo().stream().findFirst();
                        } else {
                            TrackedIssue made = swept.kept().get(0);
                            created.add(made);
                            ticket = Optional.of(made);
                        }
                    }
                }
                Improvement improvement = new Improvement(ticket.map(t -> IssueKey.of(t.key())), idea.summary(),
                        idea.owner().orElse(""), idea.due(), ticket.map(TrackedIssue::done).orElse(false));
                if (ticket.isEmpty() && idea.owner().isPresent() && idea.fitsJira()) {
                    missing.add(improvement);
                }
                improvements.add(improvement);
            }
            byReview.put(review.key(), improvements);
            review.ideas().unreadable().forEach(u -> warnings.add(review.key() + " Improvements: '" + u.line() + "': "
                    + u.problem()));
        }
        return new Ensured(byReview, created, missing, warnings);
    }

    private DuplicateSweep.Result create(String projectKey, ChaosDayIssues found, int createdSoFar, GatheredReview review,
            ImprovementIdeas.Idea idea, IssueIdentity identity, List<String> warnings, Created onCreated) {
        String owner = idea.owner().orElseThrow();
        NewIssue issue = new NewIssue(identity, IssueKind.TASK, idea.summary(), List.of(
                new TextBlock.Paragraph("An improvement from the post-Chaos review " + review.key() + "."),
                new TextBlock.Bullets(List.of("Owner: " + owner,
                        "Due: " + idea.due().map(Object::toString).orElse("not set")))),
                idea.due(), List.of(PlannedIssues.CHAOS_DAY_LABEL, LABEL), Optional.empty());
        List<TrackedIssue> made = tracker.createIssues(projectKey, List.of(issue), Progress.SILENT);
        DuplicateSweep.Result swept;
        try {
            swept = new DuplicateSweep(tracker).sweep(projectKey, found.id(), found.seen() + createdSoFar, made);
        } catch (io.chaosday.tracker.TrackerException failed) {
            made.forEach(onCreated::ticket); // Jira answered with its key: it is there, whatever stops the run now
            throw failed;
        }
        // Told before its follow-ups, so a run stopped by one of them has already said the ticket is there.
        swept.kept().forEach(onCreated::ticket);
        for (TrackedIssue kept : swept.kept()) {
            tracker.relate(review.key(), kept.key());
            if (!tracker.assign(kept.key(), owner)) {
                warnings.add(kept.key() + " is left unassigned: Jira knows no user '" + owner
                        + "'; the owner is named in its description");
            }
        }
        return swept;
    }
}
