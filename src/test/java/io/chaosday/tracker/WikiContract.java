package io.chaosday.tracker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/**
 * What every {@link Wiki} promises the engine: a page is found again by the id it was given,
 * with its version, body and our marker; a write names the next version or is refused as a
 * conflict; a person's edit shows as a newer version by them with our marker as it was. Each
 * implementation's {@code ...ContractTest} extends this class: the in-memory wiki, Confluence over
 * REST with a token (the command line), and Confluence through an application link (the plugin).
 */
public abstract class WikiContract {

    protected static final String SPACE = "CHAOS";
    private static final PublishMarker FIRST = new PublishMarker(1, "aa11", "CHAOS-12");
    private static final PublishMarker SECOND = new PublishMarker(2, "bb22", "CHAOS-12");

    private Wiki wiki;

    /** A wiki where the space {@link #SPACE} exists and the caller may add pages to it. */
    protected abstract Wiki wikiWithAnEmptySpace();

    /** A person saves a new version of the page in the wiki's editor. */
    protected abstract void editByPerson(String pageId, String who, String storage);

    @Before
    public void anEmptySpace() {
        wiki = wikiWithAnEmptySpace();
    }

    private WikiPage created(String title) {
        return wiki.createPage(new NewPage(SPACE, Optional.empty(), title, "<p>Findings of " + title + "</p>", List.of("chaos-day"),
                FIRST));
    }

    @Test
    public void aCreatedPageIsFoundByItsIdAsTheFirstVersionWithItsBodyAndOurMarker() {
        WikiPage made = created("Payments review");

        WikiPage found = wiki.findPage(made.id()).orElseThrow();
        assertEquals("Payments review", found.title());
        assertEquals(SPACE, found.spaceKey());
        assertEquals(1, found.version());
        assertTrue(found.body(), found.body().contains("Findings of Payments review"));
        assertEquals(Optional.of(FIRST), found.marker());
        assertTrue(found.link().toString(), found.link().toString().contains(made.id()));
    }

    @Test
    public void aPageThatDoesNotExistIsNotFound() {
        assertEquals(Optional.empty(), wiki.findPage("987654321"));
    }

    @Test
    public void theNextVersionReplacesTitleBodyAndMarker() {
        WikiPage made = created("Payments review");

        wiki.updatePage(new PageUpdate(made.id(), 2, "Payments review (final)", "<p>Final findings</p>", SECOND));

        WikiPage found = wiki.findPage(made.id()).orElseThrow();
        assertEquals(2, found.version());
        assertEquals("Payments review (final)", found.title());
        assertTrue(found.body(), found.body().contains("Final findings"));
        assertEquals(Optional.of(SECOND), found.marker());
    }

    @Test
    public void aWriteOverAVersionThatIsNotTheLatestIsAConflictAndChangesNothing() {
        WikiPage made = created("Payments review");
        editByPerson(made.id(), "Carol", "<p>Carol's notes</p>");

        assertThrows(WikiConflictException.class,
                () -> wiki.updatePage(new PageUpdate(made.id(), 2, "Payments review", "<p>Ours</p>", SECOND)));

        WikiPage found = wiki.findPage(made.id()).orElseThrow();
        assertTrue(found.body(), found.body().contains("Carol's notes"));
    }

    @Test
    public void aPersonsEditIsANewerVersionByThemWithOurMarkerAsItWas() {
        WikiPage made = created("Payments review");

        editByPerson(made.id(), "Carol", "<p>Carol's notes</p>");

        WikiPage found = wiki.findPage(made.id()).orElseThrow();
        assertEquals(2, found.version());
        assertEquals(Optional.of("Carol"), found.lastEditor());
        assertEquals(Optional.of(FIRST), found.marker());
    }

    @Test
    public void aPageIsFoundByTitleInItsSpaceOnly() {
        WikiPage made = created("Payments review");

        assertEquals(made.id(), wiki.findPageByTitle(SPACE, "Payments review").orElseThrow().id());
        assertEquals(Optional.empty(), wiki.findPageByTitle(SPACE, "Search review"));
    }

    @Test
    public void markingAPagePublishedChangesOurMarkerButNotItsVersion() {
        WikiPage made = created("Payments review");

        wiki.markPublished(made.id(), SECOND);

        WikiPage found = wiki.findPage(made.id()).orElseThrow();
        assertEquals(1, found.version());
        assertEquals(Optional.of(SECOND), found.marker());
    }

    @Test
    public void aSpaceWithTheRightToAddPagesCanBePublishedToButNotUnderAMissingParent() {
        assertTrue(wiki.checkCanPublish(SPACE, Optional.empty()));
        TrackerException missing = assertThrows(TrackerException.class,
                () -> wiki.checkCanPublish(SPACE, Optional.of("987654321")));
        assertEquals(TrackerException.Kind.NOT_FOUND, missing.kind());
    }

    @Test
    public void otherMarkupIsTurnedIntoStorageFormatWithItsTextKept() {
        String storage = wiki.toStorage("Latency rose", SourceMarkup.WIKI);

        assertTrue(storage, storage.contains("Latency rose"));
        assertFalse(storage, storage.contains("<script"));
    }
}
