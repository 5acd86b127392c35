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
     * that would get a ticket (on a read-only run), and what the run should tell the user; each
     * review's improvement tickets (by review ticket key) and the projects that may hold them.
     */
    record Ensured(Map<String, List<Improvement>> byReview, List<TrackedIssue> created, List<Improvement> missing,
            List<String> warnings, Map<String, List<TrackedIssue>> ticketsByReview, List<String> projects) {
        Ensured {
            byReview = Map.copyOf(byReview);
            created = List.copyOf(created);
            missing = List.copyOf(missing);
            warnings = List.copyOf(warnings);
            ticketsByReview = Map.copyOf(ticketsByReview);
            projects = List.copyOf(projects);
        }

        /** The improvement tickets of the review with this ticket key. */
        List<TrackedIssue> ticketsOf(String reviewKey) {
            return ticketsByReview.getOrDefault(reviewKey, List.of());
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
    private final Optional<ImprovementTargets> targets;
    /** The Chaos Day's issues in projects other than its own, read once per project. */
    private final Map<String, List<TrackedIssue>> elsewhere = new java.util.HashMap<>();

    ReviewImprovements(IssueTracker tracker) {
        this(tracker, Optional.empty());
    }

    /** @param targets where each team's tickets go, checked; empty for the Chaos Day's project, as tasks */
    ReviewImprovements(IssueTracker tracker, Optional<ImprovementTargets> targets) {
        this.tracker = tracker;
        this.targets = targets;
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
    Ensured ensure(String projectKey, ChaosDayIssues found, List<GatheredReview> reviews, boolean readOnly, Created onCreated,
            PublishedPages record) {
        ImprovementTargets routed = targets.orElseGet(() -> ImprovementTargets.none(projectKey));
        Map<String, List<Improvement>> byReview = new LinkedHashMap<>();
        Map<String, List<TrackedIssue>> ticketsByReview = new LinkedHashMap<>();
        List<TrackedIssue> created = new ArrayList<>();
        List<Improvement> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Boolean> knownOwners = new java.util.HashMap<>();
        for (GatheredReview review : reviews) {
            List<Improvement> improvements = new ArrayList<>();
            List<TrackedIssue> tickets = new ArrayList<>();
            ImprovementTargets.Target target = routed.of(review.team());
            for (ImprovementIdeas.Idea idea : review.ideas().ideas()) {
                Optional<TrackedIssue> ticket = Optional.empty();
                if (idea.owner().isPresent() && idea.fitsJira()) {
                    IssueIdentity identity = identity(found.id(), review.ticket().item(), idea);
                    ticket = found.find(identity).or(() -> created.stream()
                            .filter(c -> c.identity().filter(identity::equals).isPresent()).findFirst())
                            // one made before identities carried a hash, whose summary is exactly this idea's
                            .or(() -> found.find(identityBefore(found.id(), review.ticket().item(), idea))
                                    .filter(t -> t.summary().strip().equals(io.chaosday.plan.TitleText.clean(idea.summary()).strip())))
                            // one in the project the team's tickets go to
                            .or(() -> elsewhere(target.projectKey(), projectKey, found).stream()
                                    .filter(t -> t.identity().filter(identity::equals).isPresent()).findFirst());
                    if (ticket.isPresent() && !readOnly && !ticket.get().done()) {
                        if (ticket.get().assignee().isPresent()) {
                            record.followUpDone(ticket.get().key()); // an assigned ticket has been related too
                        } else if (!record.followedUp(ticket.get().key())) {
                            // Made by a run that never got to follow it up (its create answer was lost, or it
                            // stopped): what Jira holds says what is left to do, not what this run made. One
                            // the record names was assigned, and a person has unassigned it since.
                            followUp(review, ticket.get(), idea.owner().get(), warnings, record);
                        }
                    }
                    if (ticket.isEmpty() && !readOnly) {
                        DuplicateSweep.Result swept = create(target, projectKey, found, created, review, idea, identity,
                                warnings, onCreated, record);
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
                    // What is only looked at says, as publishing would, which owners Jira cannot be given the ticket.
                    if (readOnly && !knownOwners.computeIfAbsent(improvement.owner(), tracker::knowsUser)) {
                        warnings.add(review.key() + " Improvements: '" + idea.summary() + "' would be left unassigned: Jira "
                                + "knows no user '" + improvement.owner() + "'; the owner is named in its description");
                    }
                }
                improvements.add(improvement);
                ticket.ifPresent(tickets::add);
            }
            byReview.put(review.key(), improvements);
            ticketsByReview.put(review.key(), tickets);
            review.ideas().unreadable().forEach(u -> warnings.add(review.key() + " Improvements: '" + u.line() + "': "
                    + u.problem()));
        }
        return new Ensured(byReview, created, missing, warnings, ticketsByReview, routed.projects());
    }

    /** The Chaos Day's issues in {@code project}: those already read when it is the Chaos Day's own. */
    private List<TrackedIssue> elsewhere(String project, String chaosDayProject, ChaosDayIssues found) {
        return project.equals(chaosDayProject) ? List.of()
                : elsewhere.computeIfAbsent(project, p -> tracker.findIssues(p, found.id().label()));
    }

    /** Makes the idea's ticket where its team's tickets go, and relates it to the review and assigns its owner. */
    private DuplicateSweep.Result create(ImprovementTargets.Target target, String projectKey, ChaosDayIssues found,
            List<TrackedIssue> createdSoFar, GatheredReview review, ImprovementIdeas.Idea idea, IssueIdentity identity,
            List<String> warnings, Created onCreated, PublishedPages record) {
        String owner = idea.owner().orElseThrow();
        List<String> labels = new ArrayList<>(List.of(PlannedIssues.CHAOS_DAY_LABEL, LABEL));
        target.labels().stream().filter(l -> !labels.contains(l)).forEach(labels::add);
        NewIssue issue = new NewIssue(identity, IssueKind.TASK, idea.summary(), List.of(
                new TextBlock.Paragraph("An improvement from the post-Chaos review " + review.key() + "."),
                new TextBlock.Bullets(List.of("Owner: " + owner,
                        "Due: " + idea.due().map(Object::toString).orElse("not set")))),
                idea.due(), labels, target.epicKey()).ofType(target.typeId());
        String project = target.projectKey();
        // What the Chaos Day's label counts in that project if only this run wrote there.
        long madeThere = createdSoFar.stream().filter(c -> c.key().startsWith(project + "-")).count();
        int expected = (int) madeThere + (project.equals(projectKey) ? found.seen() : elsewhere(project, projectKey, found).size());
        List<TrackedIssue> made = tracker.createIssues(project, List.of(issue), Progress.SILENT);
        DuplicateSweep.Result swept;
        try {
            swept = new DuplicateSweep(tracker).sweep(project, found.id(), expected, made);
        } catch (io.chaosday.tracker.TrackerException failed) {
            made.forEach(onCreated::ticket); // Jira answered with its key: it is there, whatever stops the run now
            throw failed;
        }
        // Told before its follow-ups, so a run stopped by one of them has already said the ticket is there.
        swept.kept().forEach(onCreated::ticket);
        for (TrackedIssue kept : swept.kept()) {
            followUp(review, kept, owner, warnings, record);
        }
        return swept;
    }

    /**
     * Relates the ticket to its review, then assigns it: an assigned ticket has had both, and the
     * record says so. An owner Jira does not know is tried again on the next publish.
     */
    private void followUp(GatheredReview review, TrackedIssue ticket, String owner, List<String> warnings,
            PublishedPages record) {
        tracker.relate(review.key(), ticket.key());
        if (tracker.assign(ticket.key(), owner)) {
            record.followUpDone(ticket.key());
        } else {
            warnings.add(ticket.key() + " is left unassigned: Jira knows no user '" + owner
                    + "'; the owner is named in its description");
        }
    }
}
