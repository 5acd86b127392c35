package io.chaosday.workflow;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.Phase;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.NewProject;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.Project;
import io.chaosday.tracker.TrackedIssue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Creates a Chaos Day's epics and tickets, and only those still missing: a second run creates
 * nothing, and a run that died half-way is finished by the next one. Issues that exist are never
 * changed, so a person's edits survive.
 */
public final class CreateChaosDay {

    private final IssueTracker tracker;
    private final Pause pause;

    public CreateChaosDay(IssueTracker tracker) {
        this(tracker, Pause.REAL);
    }

    /** {@code pause} waits for a search index that lags behind this run's writes ({@link DuplicateSweep#CATCH_UP}). */
    public CreateChaosDay(IssueTracker tracker, Pause pause) {
        this.tracker = tracker;
        this.pause = pause;
    }

    /** What to create: the Chaos Day {@code definition} describes, in the project (made first when {@code newProject} says how). */
    public record Request(String projectKey, Optional<NewProject> newProject, ChaosDayDefinition definition, boolean dryRun) {

        /** The Chaos Day's id, from its name. */
        public ChaosDayId id() {
            return ChaosDayId.fromName(definition.name());
        }
    }

    /**
     * @param project        the project, or empty on a dry run that would create it
     * @param projectCreated whether this run created (or, dry, would create) the project
     * @param created        issues created by this run (on a dry run: none)
     * @param wouldCreate    issues a dry run would create
     * @param unchanged      planned issues that were already there
     * @param indexBehind    Jira's search did not yet show every issue made when the run ended, however long
     *                       it was waited for: a run started now could create them again
     */
    public record Report(Optional<Project> project, boolean projectCreated, List<TrackedIssue> created,
            List<PlannedIssue> wouldCreate, List<TrackedIssue> unchanged, boolean indexBehind) {

        public Report(Optional<Project> project, boolean projectCreated, List<TrackedIssue> created,
                List<PlannedIssue> wouldCreate, List<TrackedIssue> unchanged) {
            this(project, projectCreated, created, wouldCreate, unchanged, false);
        }
    }

    /**
     * For a project that exists, five round trips in all: the project and the Chaos Day's issues
     * read at once, then a count that must agree with that read ({@link SecondLook}), then the
     * missing epics, then the missing tickets under them, then the count that tells whether another
     * run wrote at the same moment.
     */
    public Report run(Request request, Progress progress) {
        ChaosDayFinder finder = new ChaosDayFinder(tracker);
        // A Chaos Day made before ids carried a hash of the name goes on under its old id: looked
        // for at the same moment as the project, so it costs a request but no wait.
        List<Object> reads = tracker.atOnce(List.<Supplier<Object>>of(
                () -> finder.findWithProject(request.projectKey(), request.id()),
                () -> legacy(finder, request)));
        ChaosDayFinder.InProject first = (ChaosDayFinder.InProject) reads.get(0);
        Optional<Project> existing = first.project();
        if (existing.isEmpty() && request.newProject().isEmpty()) {
            throw new WorkflowException(new WorkflowFailure.ProjectNotFound(request.projectKey()));
        }
        if (existing.isPresent() && reads.get(1) instanceof io.chaosday.tracker.TrackerException failed) {
            throw failed; // a search that failed says nothing about which issues exist
        }
        if (existing.isPresent() && first.issues().isEmpty() && reads.get(1) instanceof ChaosDayIssues old) {
            first = new ChaosDayFinder.InProject(existing, old);
        }
        ChaosDayId id = first.issues().id();
        List<PlannedIssue> planned = PlannedIssues.of(request.definition(), id);
        JiraLimits.check(planned.stream().map(PlannedIssue::issue).toList());
        if (request.dryRun()) {
            ChaosDayIssues found = first.issues();
            return new Report(existing, existing.isEmpty(), List.of(), missing(planned, found), present(planned, found));
        }
        Project project = existing.orElseGet(() -> tracker.createProject(request.newProject().orElseThrow()));
        // The first round writes after the read made with the project; later rounds read again.
        Added added;
        try {
            added = addMissing(project.key(), id, planned, Optional.of(request.definition()),
                    existing.isPresent() ? Optional.of(first.issues()) : Optional.empty(), progress);
        } catch (PartlyDone stopped) {
            Added soFar = stopped.soFar(Added.class).orElseThrow();
            throw new PartlyDone(stopped.failure(), new Report(Optional.of(project), existing.isEmpty(), soFar.created(), List.of(), List.of()));
        } catch (io.chaosday.tracker.TrackerException failed) {
            if (existing.isPresent()) {
                throw failed;
            }
            throw new PartlyDone(failed, new Report(Optional.of(project), true, List.of(), List.of(), List.of()));
        }
        return new Report(Optional.of(project), existing.isEmpty(), added.created(), List.of(), added.unchanged(),
                added.indexBehind());
    }

    /**
     * @param created   issues this run created, also those whose create answer was lost and a later round found
     * @param unchanged planned issues that were already there (or that another run made at the same moment)
     */
    record Added(List<TrackedIssue> created, List<TrackedIssue> unchanged, boolean indexBehind) {

        Added(List<TrackedIssue> created, List<TrackedIssue> unchanged) {
            this(created, unchanged, false);
        }
    }

    /**
     * Creates what {@code planned} has and the project lacks, in rounds that read before they
     * write, and sweeps away copies a run writing at the same moment made. The first round writes
     * after {@code firstRead} when given; {@code toKeep} is stored as the definition of a Chaos Day
     * whose Execute epic was already there (a new one carries it from the start).
     */
    Added addMissing(String projectKey, ChaosDayId id, List<PlannedIssue> planned, Optional<ChaosDayDefinition> toKeep,
            Optional<ChaosDayIssues> firstRead, Progress progress) {
        ChaosDayFinder finder = new ChaosDayFinder(tracker);
        List<TrackedIssue> created = new ArrayList<>();
        DuplicateSweep sweep = new DuplicateSweep(tracker, pause);
        java.util.concurrent.atomic.AtomicBoolean indexBehind = new java.util.concurrent.atomic.AtomicBoolean();
        AtomicReference<ChaosDayIssues> first = new AtomicReference<>(firstRead.orElse(null));
        Supplier<ChaosDayIssues> read = () -> Optional.ofNullable(first.getAndSet(null))
                .orElseGet(() -> finder.find(projectKey, id));
        ChaosDayIssues before = firstRead.orElseGet(() -> ChaosDayIssues.of(id, List.of()));
        java.util.Set<String> madeElsewhere = new java.util.HashSet<>();
        List<TrackedIssue> present;
        try {
            present = ReadThenWrite.run(read, found -> {
                int from = created.size();
                if (firstRead.isPresent() && !missing(planned, found).isEmpty()) {
                    SecondLook.confirm(tracker, projectKey, found);
                }
                createMissing(projectKey, planned, found, created, progress);
                toKeep.ifPresent(definition -> ChaosDayDefinitions.keep(tracker, found, definition));
                List<TrackedIssue> round = created.subList(from, created.size());
                DuplicateSweep.Result swept = sweep.sweep(projectKey, found, List.copyOf(round));
                indexBehind.set(swept.indexBehind());
                round.clear();
                created.addAll(swept.kept());
                List<TrackedIssue> there = new ArrayList<>(present(planned, found));
                there.addAll(swept.lostTo());
                swept.lostTo().forEach(l -> madeElsewhere.add(l.key()));
                return there;
                }, progress);
        } catch (io.chaosday.tracker.TrackerException failed) {
            if (created.isEmpty()) {
                throw failed;
            }
            // Jira answered with these keys: they are there, whatever stopped the run after them.
            throw new PartlyDone(failed, new Added(List.copyOf(created), List.of()));
        }
        // What was there before this run is unchanged; what is there now and was not came with this
        // run, also when the answer that said so was lost and a later round found it.
        List<TrackedIssue> unchanged = new ArrayList<>();
        List<TrackedIssue> made = new ArrayList<>(created);
        for (TrackedIssue issue : present) {
            boolean wasThere = issue.identity().flatMap(before::find).isPresent() || madeElsewhere.contains(issue.key());
            if (wasThere) {
                unchanged.add(issue);
            } else if (made.stream().noneMatch(c -> c.key().equals(issue.key()))) {
                made.add(issue);
            }
        }
        return new Added(List.copyOf(made), List.copyOf(unchanged), indexBehind.get());
    }

    /**
     * The Chaos Day of this name made before the hash, an empty marker, or why it could not be
     * looked for: thrown only when the project exists (a missing project has no Chaos Day to find).
     */
    private static Object legacy(ChaosDayFinder finder, Request request) {
        try {
            return finder.legacy(request.projectKey(), request.definition().name()).<Object>map(found -> found).orElse(Optional.empty());
        } catch (io.chaosday.tracker.TrackerException e) {
            return e;
        }
    }

    private void createMissing(String projectKey, List<PlannedIssue> planned, ChaosDayIssues found,
            List<TrackedIssue> created, Progress progress) {
        Map<Phase, String> epicKeys = new EnumMap<>(Phase.class);
        List<PlannedIssue> missingEpics = new ArrayList<>();
        for (PlannedIssue issue : planned) {
            if (issue.epic()) {
                found.find(issue.identity()).ifPresentOrElse(e -> epicKeys.put(issue.phase(), e.key()),
                        () -> missingEpics.add(issue));
            }
        }
        if (!missingEpics.isEmpty()) {
            List<TrackedIssue> epics = tracker.createIssues(projectKey, missingEpics.stream().map(PlannedIssue::issue).toList(), progress);
            for (int i = 0; i < epics.size(); i++) {
                epicKeys.put(missingEpics.get(i).phase(), epics.get(i).key());
            }
            created.addAll(epics);
            relinkUnderRemadeEpics(projectKey, found, missingEpics, epicKeys);
        }
        List<NewIssue> tickets = new ArrayList<>();
        for (PlannedIssue issue : planned) {
            if (!issue.epic() && found.find(issue.identity()).isEmpty()) {
                tickets.add(issue.issue().underEpic(epicKeys.get(issue.phase())));
            }
        }
        if (!tickets.isEmpty()) {
            created.addAll(tracker.createIssues(projectKey, tickets, progress));
        }
    }

    /**
     * An epic made again (a person deleted it, before this run or during it) takes back its phase's
     * open tickets and experiments: those whose epic is gone (no epic, or one Jira no longer has).
     * A ticket a person put under another epic, of the Chaos Day or of their own, stays there.
     */
    private void relinkUnderRemadeEpics(String projectKey, ChaosDayIssues found, List<PlannedIssue> remade,
            Map<Phase, String> epicKeys) {
        java.util.Set<Phase> phases = remade.stream().map(PlannedIssue::phase).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> ours = found.byItem().values().stream().map(TrackedIssue::key).collect(java.util.stream.Collectors.toSet());
        Map<String, Phase> candidates = new java.util.LinkedHashMap<>();
        found.byItem().forEach((item, issue) -> {
            boolean underAnEpic = item instanceof io.chaosday.tracker.Item.StepTicket || item instanceof io.chaosday.tracker.Item.ExperimentTicket;
            item.phase().filter(phases::contains).filter(p -> underAnEpic && !issue.done()).ifPresent(p -> candidates.put(issue.key(), p));
        });
        if (candidates.isEmpty()) {
            return; // a first create: nothing was under the epics
        }
        // Read again: the first search of a run may not know the epic links yet (their field is read beside it).
        Map<String, Optional<String>> epicOf = new java.util.HashMap<>();
        found.byItem().values().forEach(issue -> epicOf.put(issue.key(), issue.epicKey()));
        tracker.findIssues(projectKey, found.id().label(), List.of()).forEach(issue -> epicOf.put(issue.key(), issue.epicKey()));
        Map<String, Phase> orphans = new java.util.LinkedHashMap<>();
        candidates.forEach((key, phase) -> {
            if (epicOf.getOrDefault(key, Optional.empty()).filter(ours::contains).isEmpty()) {
                orphans.put(key, phase);
            }
        });
        // Epics outside the Chaos Day that tickets name, read at once: those Jira still has were chosen by a person.
        List<String> elsewhere = orphans.keySet().stream().flatMap(key -> epicOf.getOrDefault(key, Optional.empty()).stream())
                .distinct().toList();
        java.util.Set<String> existing = elsewhere.isEmpty() ? java.util.Set.of() : tracker.states(elsewhere).keySet();
        orphans.forEach((key, phase) -> {
            if (epicOf.getOrDefault(key, Optional.empty()).filter(existing::contains).isEmpty()) {
                tracker.moveToEpic(key, epicKeys.get(phase));
            }
        });
    }

    private static List<PlannedIssue> missing(List<PlannedIssue> planned, ChaosDayIssues found) {
        return planned.stream().filter(p -> found.find(p.identity()).isEmpty()).toList();
    }

    private static List<TrackedIssue> present(List<PlannedIssue> planned, ChaosDayIssues found) {
        return planned.stream().flatMap(p -> found.find(p.identity()).stream()).toList();
    }
}
