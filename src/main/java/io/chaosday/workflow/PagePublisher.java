package io.chaosday.workflow;

import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.PageUpdate;
import io.chaosday.tracker.PublishMarker;
import io.chaosday.tracker.Wiki;
import io.chaosday.tracker.TrackerException;
import io.chaosday.tracker.WikiConflictException;
import io.chaosday.tracker.WikiPage;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Publishes one page without duplicating it or destroying anyone's edits: the page is found by
 * the id we stored; a page whose inputs have not changed since our last publish is known from one
 * read and not even rendered; unchanged content writes nothing; a page a person edited since our
 * last publish is left alone unless forced; a version conflict is read again and retried once.
 */
final class PagePublisher {

    private final Wiki wiki;
    private final boolean force;
    private final boolean dryRun;
    private final java.util.function.Consumer<String> warn;

    PagePublisher(Wiki wiki, boolean force, boolean dryRun, java.util.function.Consumer<String> warn) {
        this.wiki = wiki;
        this.force = force;
        this.dryRun = dryRun;
        this.warn = warn;
    }

    /**
     * How markers of earlier releases named a page ({@link PublishMarker#source()}), and whether that
     * name proves a page found by its title ours, or only one whose id we kept.
     */
    record Former(String source, boolean provesByTitle) {
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

    /**
     * A page to publish: where it goes, what it is made from, and how to render it when it must be written.
     *
     * @param fingerprint SHA-256 of the page's inputs
     * @param body        renders the page's storage format; called at most once, and only when needed
     */
    record Draft(String spaceKey, Optional<String> parentId, String title, String fingerprint, List<String> labels,
            String source, Supplier<String> body, Former former, String alternateTitle) {

        /** The same page under another title. */
        Draft titled(String other) {
            return new Draft(spaceKey, parentId, other, fingerprint, labels, source, body, former, alternateTitle);
        }
    }

    /**
     * Whether the page's marker says it is this draft's page: the same role, project, Chaos Day and
     * ticket; or, as an earlier release wrote it, where that name is proof enough.
     */
    private static boolean ours(WikiPage page, Draft draft, boolean byKeptId) {
        return page.marker().map(m -> m.source().equals(draft.source())
                || m.source().equals(draft.former().source()) && (byKeptId || draft.former().provesByTitle())).orElse(false);
    }

    Outcome publish(Draft draft, Optional<String> storedPageId) {
        Optional<WikiPage> page = storedPageId.flatMap(wiki::findPage);
        Rendering body = new Rendering(draft.body());
        if (page.isPresent() && !ours(page.get(), draft, true)) {
            // A page id kept in Jira is anyone's to edit there: only the page's own marker proves it ours.
            WikiPage other = page.get();
            warn.accept("page " + other.id() + " (\"" + other.title() + "\") is kept in Jira as the page of " + draft.source()
                    + " but is not marked as that page; it is left alone");
            return create(draft, body);
        }
        if (page.isEmpty()) {
            Outcome created = create(draft, body);
            return storedPageId.isPresent()
                    ? new Outcome(PageAction.RECREATED, created.page(), storedPageId)
                    : created;
        }
        return update(draft, body, page.get(), true);
    }

    /**
     * Created under its title; where another Chaos Day's page (marked so) holds that title, as it will
     * when two projects' Chaos Days share a name and date, under its alternate title.
     */
    private Outcome create(Draft draft, Rendering body) {
        try {
            return createTitled(draft, body);
        } catch (TakenByAnother e) {
            if (draft.title().equals(draft.alternateTitle())) {
                throw e.refusal;
            }
            try {
                return createTitled(draft.titled(draft.alternateTitle()), body);
            } catch (TakenByAnother alsoTaken) {
                throw e.refusal;
            }
        }
    }

    /** The title is held by a page another publish marked as its own. */
    private static final class TakenByAnother extends RuntimeException {
        private final WorkflowException refusal;

        TakenByAnother(WorkflowException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    private Outcome createTitled(Draft draft, Rendering body) {
        Optional<Outcome> adopted = adoptByTitle(draft, body);
        if (adopted.isPresent()) {
            return adopted.get();
        }
        if (dryRun) {
            return new Outcome(PageAction.CREATED, Optional.empty());
        }
        WikiPage created;
        try {
            created = wiki.createPage(new NewPage(draft.spaceKey(), draft.parentId(), draft.title(), body.get(),
                    draft.labels(), marker(1, body, draft)));
        } catch (TrackerException e) {
            if (e.kind() != TrackerException.Kind.REJECTED) {
                throw e;
            }
            // Titles are unique in a space: another publish of this Chaos Day may have created it a moment ago.
            return adoptByTitle(draft, body).orElseThrow(() -> e);
        }
        return new Outcome(PageAction.CREATED, Optional.of(created));
    }

    /** A page of the draft's title that is ours (by marker, or as a lost create left it), published on; empty when none. */
    private Optional<Outcome> adoptByTitle(Draft draft, Rendering body) {
        Optional<WikiPage> clash = wiki.findPageByTitle(draft.spaceKey(), draft.title());
        if (clash.isEmpty()) {
            return Optional.empty();
        }
        WikiPage other = clash.get();
        if (ours(other, draft, false)) {
            return Optional.of(update(draft, body, other, true)); // ours, though the ticket lost track of it
        }
        if (other.marker().isEmpty() && other.version() == 1 && other.body().equals(body.get())) {
            // Made by a publish whose answer was lost before it could mark the page: ours.
            return Optional.of(repairMarker(draft, body, other));
        }
        WorkflowException refusal = new WorkflowException(new WorkflowFailure.PageTitleTaken(draft.title(), draft.spaceKey(),
                other.link()));
        if (other.marker().isPresent()) {
            throw new TakenByAnother(refusal);
        }
        throw refusal;
    }

    private Outcome update(Draft given, Rendering body, WikiPage page, boolean mayRetry) {
        // A page that had to take its alternate title keeps it.
        Draft draft = page.title().equals(given.alternateTitle()) ? given.titled(given.alternateTitle()) : given;
        boolean editedSince = page.marker().map(m -> m.version() != page.version()).orElse(true);
        boolean sameTitle = page.title().equals(draft.title());
        boolean formerMarker = page.marker().map(m -> !m.source().equals(draft.source())).orElse(false);
        if (!editedSince && sameTitle && !formerMarker
                && page.marker().map(m -> m.inputs().equals(draft.fingerprint())).orElse(false)) {
            return new Outcome(PageAction.UNCHANGED, Optional.of(page));
        }
        if (editedSince && page.body().equals(body.get()) && sameTitle) {
            // The page already shows exactly what we would write: our last write landed, its marker did not.
            return repairMarker(draft, body, page);
        }
        if (editedSince && !force) {
            return new Outcome(PageAction.SKIPPED_EDITED, Optional.of(page));
        }
        if (!editedSince && sameTitle && page.marker().map(m -> m.bodyHash().equals(body.hash())).orElse(false)) {
            // Same page from inputs that changed in ways it does not show: remember the inputs, write no version.
            return repairMarker(draft, body, page);
        }
        int next = page.version() + 1;
        if (dryRun) {
            return new Outcome(PageAction.UPDATED, Optional.of(page));
        }
        try {
            WikiPage updated = wiki.updatePage(new PageUpdate(page.id(), next, draft.title(), body.get(),
                    marker(next, body, draft)));
            return new Outcome(PageAction.UPDATED, Optional.of(updated));
        } catch (WikiConflictException e) {
            if (!mayRetry) {
                throw e;
            }
            // Someone saved between our read and write: read again; their edit now counts as an edit.
            WikiPage fresh = wiki.findPage(page.id()).orElseThrow(() -> e);
            return update(draft, body, fresh, false);
        }
    }

    private Outcome repairMarker(Draft draft, Rendering body, WikiPage page) {
        if (dryRun) {
            return new Outcome(PageAction.UNCHANGED, Optional.of(page));
        }
        wiki.markPublished(page.id(), marker(page.version(), body, draft));
        return new Outcome(PageAction.UNCHANGED, Optional.of(page));
    }

    private static PublishMarker marker(int version, Rendering body, Draft draft) {
        return new PublishMarker(version, body.hash(), draft.source(), draft.fingerprint());
    }

    /** The body, rendered on first use and then kept. */
    private static final class Rendering {
        private final Supplier<String> render;
        private String body;

        Rendering(Supplier<String> render) {
            this.render = render;
        }

        String get() {
            if (body == null) {
                body = render.get();
            }
            return body;
        }

        String hash() {
            return PagePublisher.hash(get());
        }
    }

    static String hash(String body) {
        return HexFormat.of().formatHex(Fingerprint.sha256().digest(body.getBytes(StandardCharsets.UTF_8)));
    }
}
