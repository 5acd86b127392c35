package io.chaosday.workflow;

import io.chaosday.plan.Phase;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.TrackedIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes runs that write the same Chaos Day at the same moment end with one copy of each issue.
 * Jira's REST API has no compare-and-set, so two runs can both find an issue missing and both
 * create it. After writing, a run counts the Chaos Day's issues; when the count says someone else
 * wrote too, it reads them all and applies one rule every run applies alike: of the copies of an
 * identity, the lowest key number stays. Each run deletes only copies that it created itself and
 * that lost, and moves its surviving tickets under the surviving epic, so no run ever touches
 * another's work and the runs need not see one another to agree.
 */
final class DuplicateSweep {

    /**
     * How long a count that does not yet show this run's own writes is waited for, re-counted after
     * each wait: 7.5 s in all. A search index that lags behind the writes (Jira Cloud's, or a Data
     * Center node reached without session affinity) has caught up by then in all but a broken site,
     * and a run that leaves before it has can lead the next run, started right after, to create
     * everything again.
     */
    static final List<java.time.Duration> CATCH_UP = List.of(java.time.Duration.ofMillis(500), java.time.Duration.ofSeconds(1),
            java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(4));

    private final IssueTracker tracker;
    private final Pause pause;

    DuplicateSweep(IssueTracker tracker) {
        this(tracker, Pause.REAL);
    }

    DuplicateSweep(IssueTracker tracker, Pause pause) {
        this.tracker = tracker;
        this.pause = pause;
    }

    /**
     * @param kept        the issues this run created that stay
     * @param lostTo      the earlier copies, made by another run, that this run's deleted copies lost to
     * @param indexBehind Jira's search still did not show every issue this run made after {@link #CATCH_UP}
     */
    record Result(List<TrackedIssue> kept, List<TrackedIssue> lostTo, boolean indexBehind) {

        Result(List<TrackedIssue> kept, List<TrackedIssue> lostTo) {
            this(kept, lostTo, false);
        }
    }

    /**
     * @param before  what the run read before it wrote
     * @param created what it created since, as the tracker answered
     */
    Result sweep(String projectKey, ChaosDayIssues before, List<TrackedIssue> created) {
        return sweep(projectKey, before.id(), before.seen(), created);
    }

    /**
     * @param id       the Chaos Day
     * @param expected how many issues its label would count if only this run had written
     *                 before {@code created}
     * @param created  what it created since, as the tracker answered
     */
    Result sweep(String projectKey, ChaosDayId id, int expected, List<TrackedIssue> created) {
        if (created.isEmpty()) {
            return new Result(created, List.of());
        }
        int count = tracker.countIssues(projectKey, id.label());
        for (java.time.Duration wait : CATCH_UP) {
            if (count >= expected + created.size()) {
                break;
            }
            pause.pause(wait); // the index has not caught up with this run's own writes yet
            count = tracker.countIssues(projectKey, id.label());
        }
        if (count == expected + created.size()) {
            return new Result(created, List.of()); // nobody else wrote: nothing can have been created twice
        }
        boolean indexBehind = count < expected + created.size();
        List<TrackedIssue> all = tracker.findIssues(projectKey, id.label());
        ChaosDayIssues now = ChaosDayIssues.of(id, all);
        Set<String> mine = created.stream().map(TrackedIssue::key).collect(Collectors.toSet());
        List<TrackedIssue> kept = new ArrayList<>();
        List<TrackedIssue> lostTo = new ArrayList<>();
        for (TrackedIssue issue : all) {
            if (!mine.contains(issue.key()) || issue.identity().isEmpty()) {
                continue;
            }
            IssueIdentity identity = issue.identity().get();
            TrackedIssue winner = now.find(identity).orElse(issue);
            if (!winner.key().equals(issue.key())) {
                tracker.deleteIssue(issue.key()); // lost to an earlier copy
                lostTo.add(winner);
            } else {
                kept.add(issue);
                underSurvivingEpic(issue, identity, now);
            }
        }
        // Jira answered with these keys, so they exist even where its search does not show them yet
        // (an index that lags behind the writes): they are kept, never reported as not made.
        Set<String> seen = all.stream().map(TrackedIssue::key).collect(Collectors.toSet());
        created.stream().filter(c -> !seen.contains(c.key())).forEach(kept::add);
        Map<String, TrackedIssue> answered = created.stream().collect(Collectors.toMap(TrackedIssue::key, i -> i, (a, b) -> a));
        return new Result(kept.stream().map(i -> answered.getOrDefault(i.key(), i)).toList(), List.copyOf(lostTo), indexBehind);
    }

    /** A ticket made under an epic that lost moves to the epic that stays. */
    private void underSurvivingEpic(TrackedIssue ticket, IssueIdentity identity, ChaosDayIssues now) {
        // An improvement ticket's epic is its team's, never a phase epic of the Chaos Day.
        if (identity.item() instanceof Item.PhaseEpic || identity.item() instanceof Item.ImprovementTicket
                || ticket.epicKey().isEmpty()) {
            return;
        }
        Optional<Phase> phase = identity.item().phase();
        Optional<TrackedIssue> epic = phase.flatMap(p -> now.find(IssueIdentity.ofEpic(identity.chaosDay(), p)));
        if (epic.isPresent() && !epic.get().key().equals(ticket.epicKey().get())) {
            tracker.moveToEpic(ticket.key(), epic.get().key());
        }
    }
}
