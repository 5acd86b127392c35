package io.chaosday.workflow;

import io.chaosday.review.Experiment;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.IssueState;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.IssueUpdate;
import io.chaosday.tracker.TextBlock;
import io.chaosday.tracker.TrackedIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings one experiment ticket up to date with its card: the fields that changed are written,
 * unless a person edited that part of the ticket in Jira since our last write (then it is kept,
 * and named, unless forced). The description is compared part by part, under its headings: a
 * person's edit to one part keeps that part as they wrote it, while the other parts still change.
 */
final class ExperimentUpdate {

    /**
     * @param updated    fields written (or, in a dry run, that would be)
     * @param kept       fields that changed in the card but were edited in Jira, left as people wrote them
     * @param unassigned true when the owner could not be assigned (in a dry run, would not be): the tracker knows no such person
     */
    record Result(TrackedIssue issue, List<String> updated, List<String> kept, boolean unassigned) {
        boolean unchanged() {
            return updated.isEmpty() && kept.isEmpty();
        }
    }

    private final IssueTracker tracker;
    private final CardIndexWrites cards;

    /** Writing each card through {@code cards}, which keeps the Chaos Day's card index true. */
    ExperimentUpdate(IssueTracker tracker, CardIndexWrites cards) {
        this.tracker = tracker;
        this.cards = cards;
    }

    Result run(TrackedIssue issue, Experiment card, Optional<LocalDate> chaosDay, Optional<String> securityLevelId,
            boolean force, boolean dryRun) {
        Map<String, String> property = issue.property(IssueProperties.EXPERIMENT).orElse(Map.of());
        Optional<Experiment> stored = ExperimentCard.fromIssue(issue);
        if (stored.isPresent() && !LastWrite.isRecorded(property) && !dryRun) {
            // The ticket carries its card from its create, but nothing was done after: the create's
            // answer was lost. What the create would have been followed by is done now, from what
            // Jira holds (is it assigned?), not from what this run remembers making.
            Finished finished = finishCreate(issue, stored.get());
            Result rest = run(finished.issue(), card, chaosDay, securityLevelId, force, false);
            List<String> updated = new ArrayList<>(finished.assigned() ? List.of("assignee") : List.of());
            rest.updated().stream().filter(f -> !updated.contains(f)).forEach(updated::add);
            return new Result(issue, updated, rest.kept(), finished.unassigned() || rest.unassigned());
        }
        List<String> cardChanges = stored.map(s -> ExperimentChanges.between(s, card)).orElseGet(ExperimentChanges::all);
        boolean dateChanged = chaosDay.isPresent() && !chaosDay.equals(issue.due());
        if (cardChanges.isEmpty() && !dateChanged && securityLevelId.isEmpty()) {
            return new Result(issue, List.of(), List.of(), false);
        }
        IssueState now = tracker.state(issue.key());
        boolean levelChanged = securityLevelId.isPresent() && !securityLevelId.equals(now.securityLevelId());
        if (cardChanges.isEmpty() && !dateChanged && !levelChanged) {
            return new Result(issue, List.of(), List.of(), false);
        }
        LastWrite last = LastWrite.from(property);
        // The parts of the description a person edited, by heading; unknown when the headings changed
        // or an older run recorded the description only as a whole (then any edit keeps it all).
        Optional<Set<String>> editedParts = force ? Optional.of(Set.of()) : last.partsEditedIn(now);
        boolean wholeEdited = !force && editedParts.isEmpty() && last.descriptionEditedIn(now);
        List<String> keptFields = cardChanges.stream()
                .filter(f -> editedParts.map(parts -> parts.contains(ExperimentChanges.headingOf(f))).orElse(wholeEdited))
                .toList();
        List<String> writtenFields = cardChanges.stream().filter(f -> !keptFields.contains(f)).toList();
        boolean writeCard = !writtenFields.isEmpty();
        boolean writeDue = dateChanged && (force || !last.dueEditedIn(now));
        boolean reassign = cardChanges.contains("owner") && (force || !last.assigneeEditedIn(now));
        List<String> updated = new ArrayList<>(writtenFields);
        List<String> kept = new ArrayList<>(keptFields);
        if (dateChanged) {
            (writeDue ? updated : kept).add("date");
        }
        if (writtenFields.contains("owner") && !reassign) {
            kept.add("assignee");
        }
        if (levelChanged) {
            updated.add("security level");
        }
        if (dryRun || updated.isEmpty()) {
            return new Result(issue, updated, kept, dryRun && reassign && !updated.isEmpty() && !card.owner().isBlank()
                    && !tracker.knowsUser(card.owner()));
        }
        Set<String> partsKept = editedParts.orElse(Set.of());
        Optional<List<TextBlock>> description = writeCard ? Optional.of(describe(card, now, partsKept)) : Optional.empty();
        tracker.updateIssue(issue.key(), new IssueUpdate(description, writeDue ? chaosDay : Optional.empty(),
                levelChanged ? securityLevelId : Optional.empty()));
        boolean unassigned = reassign && !card.owner().isBlank() && !tracker.assign(issue.key(), card.owner());
        IssueState after = tracker.state(issue.key());
        Map<String, String> cardProperty = writeCard ? ExperimentChanges.property(card, stored.orElse(card), keptFields)
                : stored.map(ExperimentCard::toProperty).orElse(Map.of());
        if (!cardProperty.isEmpty()) {
            cards.write(issue.key(), last.updated(after, writeCard, partsKept, writeDue, reassign).addTo(cardProperty));
        }
        return new Result(issue, updated, kept, unassigned);
    }

    /**
     * The card as the ticket's description, with the parts a person edited left as they wrote them,
     * and the sections a person added under headings of their own kept where they were, forced or not.
     */
    private static List<TextBlock> describe(Experiment card, IssueState now, Set<String> partsKept) {
        List<TextBlock> ours = ExperimentCard.describe(card);
        return now.description().flatMap(CardSections::of).map(sections -> sections.keeping(partsKept, ours, ExperimentCard.HEADINGS))
                .orElse(ours);
    }

    /** A ticket whose create was finished late: as Jira holds it now, whether it was assigned, whether no one could be. */
    private record Finished(TrackedIssue issue, boolean assigned, boolean unassigned) {
    }

    /**
     * Assigns the card's owner to a ticket that has no assignee (one a person assigned is left as
     * it is) and records what the ticket looks like now.
     */
    private Finished finishCreate(TrackedIssue issue, Experiment created) {
        boolean wanted = issue.assignee().isEmpty() && !created.owner().isBlank();
        boolean assigned = wanted && tracker.assign(issue.key(), created.owner());
        IssueState after = tracker.state(issue.key());
        Map<String, String> property = LastWrite.of(after).addTo(ExperimentCard.toProperty(created));
        cards.write(issue.key(), property);
        Map<String, Map<String, String>> properties = new java.util.HashMap<>(issue.properties());
        properties.put(IssueProperties.EXPERIMENT, property);
        TrackedIssue now = new TrackedIssue(issue.key(), issue.identity(), issue.kind(), issue.summary(), issue.due(), issue.done(),
                issue.status(), after.assignee(), issue.epicKey(), issue.labels(), properties, issue.description());
        return new Finished(now, assigned, wanted && !assigned);
    }

    /**
     * The ticket to create for a card: assigned to its owner and carrying its card, with the record
     * of what the create writes, so a create whose answer is lost leaves nothing to do after it.
     */
    NewIssue toCreate(IssueIdentity identity, Experiment card, Optional<LocalDate> chaosDay, String epicKey,
            Optional<String> securityLevelId) {
        List<TextBlock> description = ExperimentCard.describe(card);
        Optional<String> owner = Optional.of(card.owner().strip()).filter(o -> !o.isEmpty());
        IssueState sent = new IssueState(Optional.of(tracker.descriptionOf(description)), Optional.empty(), chaosDay,
                securityLevelId, owner);
        Map<String, String> property = LastWrite.ofCreate(sent).addTo(ExperimentCard.toProperty(card));
        return new NewIssue(identity, IssueKind.EXPERIMENT, card.title(), description, chaosDay,
                List.of(PlannedIssues.CHAOS_DAY_LABEL, ExperimentCard.LABEL, "chaos-day-phase-execute"), Optional.of(epicKey),
                Map.of(IssueProperties.EXPERIMENT, property)).atSecurityLevel(securityLevelId).assignedTo(owner);
    }

    /** A new ticket whose owner could not be assigned. */
    record NotAssigned(TrackedIssue issue, String owner) {
    }

    /**
     * After creating tickets: reads them back in one go and, only where Jira holds something other
     * than the create's record says (an owner it would not assign at create, a description it
     * stored in its own way), finishes the ticket: assigns the owner where the tracker finds them
     * exactly, and records what the ticket looks like now.
     */
    List<NotAssigned> confirmCreated(Map<TrackedIssue, Experiment> created) {
        Map<String, IssueState> read = tracker.states(created.keySet().stream().map(TrackedIssue::key).toList());
        List<java.util.function.Supplier<Optional<NotAssigned>>> finish = new ArrayList<>();
        // Each ticket's follow-up is independent of the others': 600 experiments need not wait in line.
        created.forEach((issue, card) -> finish.add(() -> confirm(issue, card, Optional.ofNullable(read.get(issue.key())))));
        List<NotAssigned> unassigned = new ArrayList<>();
        tracker.atOnce(finish).forEach(n -> n.ifPresent(unassigned::add));
        return unassigned;
    }

    private Optional<NotAssigned> confirm(TrackedIssue issue, Experiment card, Optional<IssueState> read) {
        // A search index that lags behind the create does not list the ticket yet: it is read on its own.
        IssueState now = read.orElseGet(() -> tracker.state(issue.key()));
        boolean unassigned = false;
        if (!card.owner().isBlank() && now.assignee().isEmpty() && now.assigneeId().isEmpty()) {
            // Jira would not assign the owner at create (not a user name it knows): looked up, and assigned on an exact match.
            if (tracker.assign(issue.key(), card.owner())) {
                now = tracker.state(issue.key());
            } else {
                unassigned = true;
            }
        }
        LastWrite sent = LastWrite.from(issue.property(IssueProperties.EXPERIMENT).orElse(Map.of()));
        if (!sent.agreesWith(now)) {
            cards.write(issue.key(), LastWrite.of(now).addTo(ExperimentCard.toProperty(card)));
        }
        return unassigned ? Optional.of(new NotAssigned(issue, card.owner())) : Optional.empty();
    }
}
