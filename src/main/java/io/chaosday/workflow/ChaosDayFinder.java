package io.chaosday.workflow;

import io.chaosday.plan.Phase;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Project;
import io.chaosday.tracker.ProjectIssues;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.WantedProperty;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds a Chaos Day's issues in a project, by name or as the only Chaos Day there. Where the
 * tracker's search cannot carry properties, experiment cards come from the Chaos Day's card index
 * ({@link IndexedCards}) rather than a read per ticket; the issues found look the same either way.
 */
public final class ChaosDayFinder {

    /** The definition, kept on the Execute epic. */
    static final WantedProperty DEFINITION = new WantedProperty(IssueProperties.DEFINITION,
            item -> item.equals(new Item.PhaseEpic(Phase.EXECUTE)));

    /** The experiment card, on experiment tickets. */
    static final WantedProperty EXPERIMENT = new WantedProperty(IssueProperties.EXPERIMENT,
            item -> item instanceof Item.ExperimentTicket);

    /** The published page, on review tickets and, for the lessons page, the Share epic. */
    static final WantedProperty PAGE = new WantedProperty(IssueProperties.PAGE,
            item -> item instanceof Item.StepTicket ticket && ticket.isReview() || item.equals(new Item.PhaseEpic(Phase.SHARE)));

    /** The lessons page and the record of every page published ({@link PublishedPages}), on the Share epic only. */
    static final WantedProperty PAGE_RECORD = new WantedProperty(IssueProperties.PAGE,
            item -> item.equals(new Item.PhaseEpic(Phase.SHARE)));

    private final IssueTracker tracker;
    private final List<WantedProperty> properties;
    private final Optional<java.util.function.Predicate<Item>> describe;

    /** Finds issues with their identities and the Chaos Day's definition: what planning use cases need, in the fewest requests. */
    public ChaosDayFinder(IssueTracker tracker) {
        this(tracker, List.of(DEFINITION), Optional.empty());
    }

    private ChaosDayFinder(IssueTracker tracker, List<WantedProperty> properties,
            Optional<java.util.function.Predicate<Item>> describe) {
        this.tracker = tracker;
        this.properties = List.copyOf(properties);
        this.describe = describe;
    }

    /**
     * Finds issues with their experiment cards, not the pages: what adding, listing and running
     * experiments, the go / no-go check and the day's board need. On Data Center each review
     * ticket's page would cost a read of its own.
     */
    public static ChaosDayFinder withCards(IssueTracker tracker) {
        return new ChaosDayFinder(tracker, List.of(EXPERIMENT, DEFINITION), Optional.empty());
    }

    /** Finds issues with their experiment cards and page ids too: what the plugin's page shows. */
    public static ChaosDayFinder withCardsAndPages(IssueTracker tracker) {
        return new ChaosDayFinder(tracker, List.of(EXPERIMENT, PAGE, DEFINITION), Optional.empty());
    }

    /**
     * Finds what publishing reads, in one paged search: the experiment cards, the definition, the
     * record of the pages published (on the Share epic alone), and the review tickets' descriptions.
     */
    public static ChaosDayFinder forPublishing(IssueTracker tracker) {
        return new ChaosDayFinder(tracker, List.of(EXPERIMENT, PAGE_RECORD, DEFINITION),
                Optional.of(item -> item instanceof Item.StepTicket ticket && ticket.isReview()));
    }

    /** Only the review tickets' own page ids, as releases before {@link PublishedPages} kept them. */
    static ChaosDayFinder pagesOnTickets(IssueTracker tracker) {
        return new ChaosDayFinder(tracker, List.of(PAGE), Optional.empty());
    }

    private List<TrackedIssue> search(String projectKey, String label) {
        boolean indexed = IndexedCards.needed(tracker, properties);
        List<WantedProperty> asked = indexed ? IndexedCards.instead(properties) : properties;
        List<TrackedIssue> found = describe.isPresent() ? tracker.findIssues(projectKey, label, asked, describe.get())
                : tracker.findIssues(projectKey, label, asked);
        return indexed ? IndexedCards.fill(tracker, found) : found;
    }

    public ChaosDayIssues find(String projectKey, ChaosDayId id) {
        return ChaosDayIssues.of(id, search(projectKey, id.label()));
    }

    /** The project and the Chaos Day's issues in it, read at once; the issues' epic keys may be left out. */
    public InProject findWithProject(String projectKey, ChaosDayId id) {
        boolean indexed = IndexedCards.needed(tracker, properties);
        ProjectIssues read = tracker.findProjectAndIssues(projectKey, id.label(), indexed ? IndexedCards.instead(properties) : properties);
        List<TrackedIssue> issues = indexed ? IndexedCards.fill(tracker, read.issues()) : read.issues();
        return new InProject(read.project(), ChaosDayIssues.of(id, issues));
    }

    /** A project, when there is one, and what it holds of a Chaos Day. */
    public record InProject(Optional<Project> project, ChaosDayIssues issues) {
    }

    /**
     * The named Chaos Day, which must exist; without a name, the project's Chaos Day, of which
     * there must be exactly one. A project that does not exist is said to be so.
     */
    public ChaosDayIssues find(String projectKey, Optional<ChaosDayId> id) {
        if (id.isPresent()) {
            ChaosDayIssues named = find(projectKey, id.get());
            if (named.isEmpty()) {
                throw unknown(projectKey, id.get().readable());
            }
            return named;
        }
        List<TrackedIssue> all = search(projectKey, PlannedIssues.CHAOS_DAY_LABEL);
        TreeSet<String> ids = chaosDays(all);
        if (ids.isEmpty()) {
            requireProject(projectKey);
            throw new WorkflowException(new WorkflowFailure.NoChaosDay(projectKey));
        }
        if (ids.size() > 1) {
            List<String> names = ids.stream().map(each -> ChaosDayIssues.of(new ChaosDayId(each), all).name()).toList();
            throw new WorkflowException(new WorkflowFailure.SeveralChaosDays(projectKey, names));
        }
        return ChaosDayIssues.of(new ChaosDayId(ids.first()), all);
    }


    /**
     * The Chaos Day holding the issue {@code issueKey}, in the issue's project: the named one when
     * {@code name} is given, else the one the issue belongs to, so a project with several Chaos Days
     * needs no name. An issue of no Chaos Day falls back to the project's only one.
     */
    public ChaosDayIssues findHolding(String issueKey, Optional<String> name) {
        String key = issueKey.strip();
        String projectKey = Project.ofIssueKey(key).orElseThrow(() -> new IllegalArgumentException("not an issue key: " + key));
        if (name.isPresent()) {
            return findByName(projectKey, name);
        }
        List<TrackedIssue> all = search(projectKey, PlannedIssues.CHAOS_DAY_LABEL);
        Optional<ChaosDayId> holder = all.stream().filter(issue -> issue.key().equals(key))
                .flatMap(issue -> issue.identity().stream()).map(identity -> identity.chaosDay()).findFirst();
        return holder.map(chaosDay -> ChaosDayIssues.of(chaosDay, all)).orElseGet(() -> find(projectKey, Optional.empty()));
    }

    /**
     * The Chaos Day of this exact name, which must exist; without a name, the project's only one.
     * A Chaos Day made before ids carried a hash of the name is found by its old id, and taken
     * only when the name it keeps (or, kept nowhere, reads from its id) is this name.
     */
    public ChaosDayIssues findByName(String projectKey, Optional<String> name) {
        if (name.isEmpty()) {
            return find(projectKey, Optional.empty());
        }
        ChaosDayId id = ChaosDayId.fromName(name.get());
        ChaosDayIssues named = find(projectKey, id);
        if (!named.isEmpty()) {
            return named;
        }
        return legacy(projectKey, name.get()).orElseThrow(() -> unknown(projectKey, name.get().strip()));
    }

    /** No Chaos Day of that name: the failure names those there are, or says the project is missing. */
    private WorkflowException unknown(String projectKey, String name) {
        List<TrackedIssue> all = search(projectKey, PlannedIssues.CHAOS_DAY_LABEL);
        List<String> existing = chaosDays(all).stream()
                .map(each -> ChaosDayIssues.of(new ChaosDayId(each), all).name()).toList();
        if (existing.isEmpty()) {
            requireProject(projectKey);
        }
        return new WorkflowException(new WorkflowFailure.UnknownChaosDay(projectKey, name, existing));
    }

    /**
     * The Chaos Day of this name made before ids carried a hash, when there is one: a count of its
     * label (a request that needs nothing read before it), and only when that finds issues, a search.
     */
    public Optional<ChaosDayIssues> legacy(String projectKey, String name) {
        ChaosDayId old = ChaosDayId.legacyFromName(name);
        if (old.equals(ChaosDayId.fromName(name)) || tracker.countIssues(projectKey, old.label()) == 0) {
            return Optional.empty();
        }
        ChaosDayIssues found = find(projectKey, old);
        return Optional.of(found).filter(f -> !f.isEmpty() && isNamed(f, name));
    }

    /** Whether a Chaos Day is the one of this name: by the name its definition keeps, else by its id read as a name. */
    static boolean isNamed(ChaosDayIssues found, String name) {
        String wanted = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC);
        return found.definition()
                .map(d -> java.text.Normalizer.normalize(d.name().strip(), java.text.Normalizer.Form.NFC).equals(wanted))
                .orElseGet(() -> found.id().readable().equalsIgnoreCase(wanted));
    }

    private static TreeSet<String> chaosDays(List<TrackedIssue> issues) {
        TreeSet<String> ids = new TreeSet<>();
        issues.forEach(i -> i.identity().ifPresent(identity -> ids.add(identity.chaosDay().value())));
        return ids;
    }

    private void requireProject(String projectKey) {
        if (tracker.findProject(projectKey).isEmpty()) {
            throw new WorkflowException(new WorkflowFailure.NoSuchProject(projectKey));
        }
    }
}
