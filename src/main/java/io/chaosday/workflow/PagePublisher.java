package io.chaosday.workflow;

import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.PageUpdate;
import io.chaosday.tracker.PublishMarker;
import io.chaosday.tracker.Wiki;
import io.chaosday.tracker.TrackerException;
import io.chaosday.tracker.WikiConflictException;
import io.chaosday.tracker.WikiPage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Publishes one page without duplicating it or destroying anyone's edits: the page is found by
 * the id we stored; unchanged content writes nothing; a page a person edited since our last
 * publish is left alone unless forced; a version conflict is read again and retried once.
 */
final class PagePublisher {

    private final Wiki wiki;
    private final boolean force;
    private final boolean dryRun;

    PagePublisher(Wiki wiki, boolean force, boolean dryRun) {
        this.wiki = wiki;
        this.force = force;
        this.dryRun = dryRun;
    }

    /**
     * What a publish did to a page.
     *
     * @param page            the page as it is now; empty when a dry run would create it
     * @param replacedPageId  on {@link PageAction#RECREATED}, the id of the deleted page
     */
    record Outcome(PageAction action, Optional<WikiPage> page, Optional<String> replacedPageId) {

        Outcome(PageAction action, Optional<WikiPage> page) {
            this(action, page, Optional.empty());
        }
    }

    /** A page to publish: where it goes, what it says, and what it was made from. */
    record Draft(String spaceKey, Optional<String> parentId, String title, String body, List<String> labels, String source) {
    }

    Outcome publish(Draft draft, Optional<String> storedPageId) {
        Optional<WikiPage> page = storedPageId.flatMap(wiki::findPage);
        if (page.isEmpty()) {
            Outcome created = create(draft);
            return storedPageId.isPresent()
                    ? new Outcome(PageAction.RECREATED, created.page(), storedPageId)
                    : created;
        }
        return update(draft, page.get(), true);
    }

    private Outcome create(Draft draft) {
        Optional<Outcome> adopted = adoptByTitle(draft);
        if (adopted.isPresent()) {
            return adopted.get();
        }
        if (dryRun) {
            return new Outcome(PageAction.CREATED, Optional.empty());
        }
        String hash = hash(draft.body());
        WikiPage created;
        try {
            created = wiki.createPage(new NewPage(draft.spaceKey(), draft.parentId(), draft.title(), draft.body(),
                    draft.labels(), new PublishMarker(1, hash, draft.source())));
        } catch (TrackerException e) {
            if (e.kind() != TrackerException.Kind.REJECTED) {
                throw e;
            }
            // Titles are unique in a space: another publish of this Chaos Day may have created it a moment ago.
            return adoptByTitle(draft).orElseThrow(() -> e);
        }
        wiki.addLabels(created.id(), draft.labels());
        return new Outcome(PageAction.CREATED, Optional.of(created));
    }

    /** A page of the draft's title that is ours (by marker, or as a lost create left it), published on; empty when none. */
    private Optional<Outcome> adoptByTitle(Draft draft) {
        Optional<WikiPage> clash = wiki.findPageByTitle(draft.spaceKey(), draft.title());
        if (clash.isEmpty()) {
            return Optional.empty();
        }
        WikiPage other = clash.get();
        if (other.marker().map(m -> m.source().equals(draft.source())).orElse(false)) {
            // Ours, though the ticket lost track of it: the run that made it stopped before labelling and linking.
            Outcome outcome = update(draft, other, true);
            if (!dryRun && outcome.action() == PageAction.UNCHANGED) {
                wiki.addLabels(other.id(), draft.labels());
            }
            return Optional.of(outcome);
        }
        if (other.marker().isEmpty() && other.version() == 1 && other.body().equals(draft.body())) {
            // Made by a publish whose answer was lost before it could mark the page: ours.
            return Optional.of(repairMarker(draft, other));
        }
        throw new WorkflowException(new WorkflowFailure.PageTitleTaken(draft.title(), draft.spaceKey(), other.link()));
    }

    private Outcome update(Draft draft, WikiPage page, boolean mayRetry) {
        String hash = hash(draft.body());
        boolean editedSince = page.marker().map(m -> m.version() != page.version()).orElse(true);
        if (editedSince && page.body().equals(draft.body()) && page.title().equals(draft.title())) {
            // The page already shows exactly what we would write: our last write landed, its marker did not.
            return repairMarker(draft, page);
        }
        if (editedSince && !force) {
            return new Outcome(PageAction.SKIPPED_EDITED, Optional.of(page));
        }
        boolean same = !editedSince && page.marker().map(m -> m.bodyHash().equals(hash)).orElse(false)
                && page.title().equals(draft.title());
        if (same) {
            return new Outcome(PageAction.UNCHANGED, Optional.of(page));
        }
        int next = page.version() + 1;
        if (dryRun) {
            return new Outcome(PageAction.UPDATED, Optional.of(page));
        }
        try {
            WikiPage updated = wiki.updatePage(new PageUpdate(page.id(), next, draft.title(), draft.body(),
                    new PublishMarker(next, hash, draft.source())));
            wiki.addLabels(updated.id(), draft.labels());
            return new Outcome(PageAction.UPDATED, Optional.of(updated));
        } catch (WikiConflictException e) {
            if (!mayRetry) {
                throw e;
            }
            // Someone saved between our read and write: read again; their edit now counts as an edit.
            WikiPage fresh = wiki.findPage(page.id()).orElseThrow(() -> e);
            return update(draft, fresh, false);
        }
    }

    private Outcome repairMarker(Draft draft, WikiPage page) {
        if (dryRun) {
            return new Outcome(PageAction.UNCHANGED, Optional.of(page));
        }
        PublishMarker marker = new PublishMarker(page.version(), hash(draft.body()), draft.source());
        wiki.markPublished(page.id(), marker);
        wiki.addLabels(page.id(), draft.labels());
        return new Outcome(PageAction.UNCHANGED, Optional.of(page));
    }

    static String hash(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
