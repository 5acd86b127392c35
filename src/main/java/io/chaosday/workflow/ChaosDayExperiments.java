package io.chaosday.workflow;

import io.chaosday.review.Experiment;
import io.chaosday.review.Outcome;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.plan.Phase;
import io.chaosday.plan.Step;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.SecurityLevel;
import io.chaosday.tracker.Slug;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;

/**
 * Experiments as tickets under the Execute epic: added once each (found again by their title's
 * identity), listed with their cards, and marked with their outcome after the day.
 */
public final class ChaosDayExperiments {

    private final IssueTracker tracker;

    public ChaosDayExperiments(IssueTracker tracker) {
        this.tracker = tracker;
    }

    /**
     * What an add did: tickets created; experiments brought up to date or with fields kept as people
     * edited them ({@code changed}); experiments already as their card says ({@code unchanged});
     * tickets whose owner Jira does not know ({@code unassigned}, in a dry run those that would be);
     * in a dry run, what would be created and which of those have an owner Jira does not know.
     */
    public record Added(List<TrackedIssue> created, List<TrackedIssue> unchanged, List<Experiment> wouldCreate,
            List<Change> changed, List<Unassigned> unassigned, List<Experiment> wouldCreateUnassigned) {

        public Added(List<TrackedIssue> created, List<TrackedIssue> unchanged, List<Experiment> wouldCreate,
                List<Change> changed, List<Unassigned> unassigned) {
            this(created, unchanged, wouldCreate, changed, unassigned, List.of());
        }
    }

    /**
     * A ticket left unassigned because its card's owner names no one person exactly; {@code candidates}
     * are the people a search for the owner found instead (none, or several), by display name.
     */
    public record Unassigned(TrackedIssue issue, String owner, List<String> candidates) {
        public Unassigned {
            candidates = List.copyOf(candidates);
        }
    }

    /** An experiment whose card changed: fields written (or that would be), and fields kept as a person edited them. */
    public record Change(TrackedIssue issue, List<String> updated, List<String> kept) {
    }

    /**
     * @param securityLevel the name of the issue security level experiment tickets get, so the
     *                      responding teams cannot read them before the day
     * @param force         overwrite fields a person edited in the tracker since our last write
     */
    public record AddRequest(String projectKey, ChaosDayId id, List<Experiment> experiments, Optional<String> securityLevel,
            boolean force, boolean dryRun) {
        public AddRequest {
            experiments = List.copyOf(experiments);
        }
    }

    /**
     * The identity of an experiment within its Chaos Day: its title as a slug and a hash of the
     * exact title, so titles that differ only in punctuation or script are two experiments.
     */
    public static IssueIdentity identity(ChaosDayId id, Experiment experiment) {
        String title = java.text.Normalizer.normalize(experiment.title().strip(), java.text.Normalizer.Form.NFC);
        return new IssueIdentity(id, new Item.ExperimentTicket(Slug.of(title, 60, "experiment") + "-" + Slug.hash(title)));
    }

    /** The identity experiments had before it carried a hash: the title's slug alone. */
    private static IssueIdentity identityBefore(ChaosDayId id, Experiment experiment) {
        return new IssueIdentity(id, new Item.ExperimentTicket(Slug.of(experiment.title(), 80, "experiment")));
    }

    /**
     * The experiment's ticket: by its identity, else one made before identities carried a hash
     * whose card (or, without one, summary) has exactly this title.
     */
    static Optional<TrackedIssue> ticketOf(ChaosDayIssues found, Experiment experiment) {
        String title = experiment.title().strip();
        return found.find(identity(found.id(), experiment)).or(() -> found.find(identityBefore(found.id(), experiment))
                .filter(issue -> ExperimentCard.fromIssue(issue).map(card -> card.title().strip()).orElse(issue.summary().strip())
                        .equals(title)));
    }

    public Added add(String projectKey, ChaosDayId id, List<Experiment> experiments, boolean dryRun, Progress progress) {
        return add(new AddRequest(projectKey, id, experiments, Optional.empty(), false, dryRun), progress);
    }

    public Added add(AddRequest request, Progress progress) {
        return add(request, Optional.empty(), progress);
    }

    /**
     * As above, writing first from {@code found}: the Chaos Day of {@code request} as its caller has
     * just read it with {@link ChaosDayFinder#withCards}, which spares reading it again. A round
     * after a failure in transit reads it anew.
     */
    public Added add(AddRequest request, ChaosDayIssues found, Progress progress) {
        if (!found.id().equals(request.id())) {
            throw new IllegalArgumentException("the Chaos Day read is " + found.id() + ", not the one to add to, " + request.id());
        }
        return add(request, Optional.of(found), progress);
    }

    private Added add(AddRequest request, Optional<ChaosDayIssues> found, Progress progress) {
        String projectKey = request.projectKey();
        ChaosDayFinder finder = ChaosDayFinder.withCards(tracker); // the review pages are no business of adding
        Optional<String> levelId = request.securityLevel().map(name -> securityLevelId(projectKey, name));
        // What landed in any round, for the report of a run Jira stops part-way.
        List<Change> changedSoFar = new ArrayList<>();
        List<TrackedIssue> createdSoFar = new ArrayList<>();
        try {
            return add(request, found, progress, finder, levelId, changedSoFar, createdSoFar);
        } catch (TrackerException failed) {
            if (request.dryRun() || (changedSoFar.isEmpty() && createdSoFar.isEmpty())) {
                throw failed;
            }
            throw new PartlyDone(failed, new Added(List.copyOf(createdSoFar), List.of(), List.of(), List.copyOf(changedSoFar), List.of()));
        }
    }

    private Added add(AddRequest request, Optional<ChaosDayIssues> read, Progress progress, ChaosDayFinder finder,
            Optional<String> levelId, List<Change> changedSoFar, List<TrackedIssue> createdSoFar) {
        String projectKey = request.projectKey();
        ChaosDayId id = request.id();
        Supplier<ChaosDayIssues> reread = () -> finder.find(projectKey, id);
        return ReadThenWrite.run(read.orElseGet(reread), reread, found -> {
            TrackedIssue epic = found.find(IssueIdentity.ofEpic(id, Phase.EXECUTE)).orElseThrow(() -> new WorkflowException(
                    new WorkflowFailure.NoExecuteEpic(projectKey)));
            requireKnownTeams(found, request.experiments());
            CardIndexWrites cards = new CardIndexWrites(tracker, found);
            ExperimentUpdate update = new ExperimentUpdate(tracker, cards);
            // Due on the Chaos Day's ticket; when that ticket is gone, on the day the definition keeps.
            Optional<LocalDate> chaosDay = found.find(new IssueIdentity(id, new Item.StepTicket(Step.CHAOS_DAY)))
                    .flatMap(TrackedIssue::due)
                    .or(() -> found.definition().map(d -> d.spec().calendar().shift(d.chaosDay(), d.days() - 1)));
            List<TrackedIssue> unchanged = new ArrayList<>();
            List<Change> changed = new ArrayList<>();
            List<Unassigned> unassigned = new ArrayList<>();
            List<Experiment> missing = new ArrayList<>();
            List<NewIssue> toCreate = new ArrayList<>();
            for (Experiment e : request.experiments()) {
                Optional<TrackedIssue> existing = ticketOf(found, e);
                if (existing.isPresent()) {
                    ExperimentUpdate.Result result = update.run(existing.get(), e, chaosDay, levelId, request.force(),
                            request.dryRun());
                    if (result.unchanged()) {
                        unchanged.add(existing.get());
                    } else {
                        changed.add(new Change(existing.get(), result.updated(), result.kept()));
                        if (!result.updated().isEmpty() && !request.dryRun()) {
                            changedSoFar.add(new Change(existing.get(), result.updated(), List.of()));
                        }
                    }
                    if (result.unassigned()) {
                        unassigned.add(new Unassigned(existing.get(), e.owner(), tracker.candidates(e.owner())));
                    }
                } else if (missing.stream().noneMatch(m -> identity(id, m).equals(identity(id, e)))) {
                    missing.add(e);
                    toCreate.add(update.toCreate(identity(id, e), e, chaosDay, epic.key(), levelId));
                }
            }
            JiraLimits.check(toCreate);
            if (request.dryRun() || toCreate.isEmpty()) {
                if (!request.dryRun()) {
                    cards.finish();
                }
                return new Added(List.of(), unchanged, request.dryRun() ? missing : List.of(), changed, unassigned,
                        request.dryRun() ? unknownOwners(missing) : List.of());
            }
            SecondLook.confirm(tracker, projectKey, found);
            cards.beforeWriting(); // each new ticket carries its card from the create
            List<TrackedIssue> made = tracker.createIssues(projectKey, toCreate, progress);
            createdSoFar.addAll(made);
            DuplicateSweep.Result swept = new DuplicateSweep(tracker).sweep(projectKey, found, made);
            createdSoFar.removeIf(c -> swept.kept().stream().noneMatch(k -> k.key().equals(c.key()))); // copies that lost are gone
            unchanged.addAll(swept.lostTo());
            cards.created(swept.kept());
            Map<TrackedIssue, Experiment> madeFor = new java.util.LinkedHashMap<>();
            for (TrackedIssue created : swept.kept()) {
                madeFor.put(created, missing.stream().filter(m -> created.isFor(identity(id, m))).findFirst().orElseThrow());
            }
            update.confirmCreated(madeFor).forEach(u -> unassigned.add(new Unassigned(u.issue(), u.owner(), tracker.candidates(u.owner()))));
            cards.finish();
            return new Added(swept.kept(), unchanged, List.of(), changed, unassigned);
        }, progress);
    }

    /** The experiments whose owner the tracker does not know: a dry run warns of them as the real run would. */
    private List<Experiment> unknownOwners(List<Experiment> experiments) {
        Map<String, Boolean> known = new java.util.HashMap<>();
        return experiments.stream().filter(e -> !e.owner().isBlank())
                .filter(e -> !known.computeIfAbsent(e.owner(), tracker::knowsUser)).toList();
    }

    private String securityLevelId(String projectKey, String name) {
        List<SecurityLevel> levels = tracker.securityLevels(projectKey);
        return levels.stream().filter(l -> l.name().equalsIgnoreCase(name.strip())).map(SecurityLevel::id).findFirst()
                .orElseThrow(() -> new WorkflowException(new WorkflowFailure.NoSuchSecurityLevel(projectKey, name.strip(),
                        levels.stream().map(SecurityLevel::name).toList())));
    }

    /** An experiment's team must be one of the Chaos Day's, so its review reaches the right people. */
    private static void requireKnownTeams(ChaosDayIssues found, List<Experiment> experiments) {
        List<String> teams = found.definition().map(d -> d.teams()).orElseGet(found::teams);
        if (teams.isEmpty()) {
            return;
        }
        for (Experiment e : experiments) {
            if (!e.team().isBlank() && teams.stream().noneMatch(t -> t.equalsIgnoreCase(e.team().strip()))) {
                throw new WorkflowException(new WorkflowFailure.UnknownTeam(e.team().strip(), teams));
            }
        }
    }

    /** The experiments of a Chaos Day with their cards and outcomes, in the order they were added. */
    public static List<Experiment> list(ChaosDayIssues found) {
        return list(found, Optional.empty());
    }

    /**
     * As {@link #list(ChaosDayIssues)}; before the Chaos Day ({@code today} earlier than its date),
     * an experiment nobody marked reads "Planned" rather than "Not run".
     */
    public static List<Experiment> list(ChaosDayIssues found, Optional<LocalDate> today) {
        Optional<LocalDate> chaosDay = found.find(new IssueIdentity(found.id(), new Item.StepTicket(Step.CHAOS_DAY))).flatMap(TrackedIssue::due);
        boolean beforeTheDay = today.isPresent() && chaosDay.isPresent() && today.get().isBefore(chaosDay.get());
        return cards(found).stream().map(e -> beforeTheDay && e.outcome() == Outcome.NOT_RUN ? e.withOutcome(Outcome.PLANNED) : e)
                .toList();
    }

    private static List<Experiment> cards(ChaosDayIssues found) {
        List<Experiment> experiments = new ArrayList<>();
        found.byItem().forEach((item, issue) -> {
            if (item instanceof Item.ExperimentTicket) {
                ExperimentCard.fromIssue(issue).ifPresent(experiments::add);
            }
        });
        return experiments;
    }

    /** Records how an experiment ended; {@code which} is its issue key or its title. */
    public TrackedIssue recordOutcome(ChaosDayIssues found, String which, Outcome outcome) {
        TrackedIssue issue = found.byItem().entrySet().stream()
                .filter(e -> e.getKey() instanceof Item.ExperimentTicket)
                .map(Map.Entry::getValue)
                .filter(i -> i.key().equalsIgnoreCase(which.strip()) || i.summary().equalsIgnoreCase(which.strip()))
                .findFirst()
                .orElseThrow(() -> new WorkflowException(new WorkflowFailure.NoSuchExperiment(which)));
        Set<String> others = new java.util.HashSet<>(ExperimentCard.allOutcomeLabels());
        others.remove(ExperimentCard.outcomeLabel(outcome));
        tracker.changeLabels(issue.key(), Set.of(ExperimentCard.outcomeLabel(outcome)), others);
        return issue;
    }
}
