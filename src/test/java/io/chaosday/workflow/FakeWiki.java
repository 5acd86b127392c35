package io.chaosday.workflow;

import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.PageUpdate;
import io.chaosday.tracker.PublishMarker;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.Wiki;
import io.chaosday.tracker.WikiConflictException;
import io.chaosday.tracker.WikiPage;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An in-memory wiki that keeps versions and can be told to conflict once, as a busy wiki would. */
public final class FakeWiki implements Wiki {

    public record Stored(WikiPage page, Optional<String> parentId, Set<String> labels) {
    }

    public final Map<String, Stored> pages = new LinkedHashMap<>();
    public final List<String> writes = new ArrayList<>();
    private int next = 100;
    /** When true, the next update fails with a version conflict after a person's edit lands. */
    public boolean conflictOnNextUpdate;
    /** When true, creating a page fails as an unreachable wiki would. */
    public boolean failCreates;

    /** Spaces that exist; any space when empty. */
    public final Set<String> spaces = new HashSet<>();
    /** Every call, reads included, as "METHOD what": to count what a publish costs. */
    public final List<String> calls = new ArrayList<>();

    /** When false, the wiki says the credentials may not add pages, as a space without "Add pages" would. */
    public boolean mayAddPages = true;

    @Override
    public boolean checkCanPublish(String spaceKey, Optional<String> parentId) {
        calls.add("check " + spaceKey);
        if (!spaces.isEmpty() && !spaces.contains(spaceKey)) {
            throw new io.chaosday.tracker.TrackerException(io.chaosday.tracker.TrackerException.Kind.NOT_FOUND,
                    "space " + spaceKey + " does not exist or you cannot see it");
        }
        parentId.ifPresent(id -> {
            if (!pages.containsKey(id)) {
                throw new io.chaosday.tracker.TrackerException(io.chaosday.tracker.TrackerException.Kind.NOT_FOUND,
                        "page " + id + " does not exist or you cannot see it");
            }
        });
        return mayAddPages;
    }

    @Override
    public Optional<WikiPage> findPage(String pageId) {
        calls.add("read " + pageId);
        return Optional.ofNullable(pages.get(pageId)).map(Stored::page);
    }

    @Override
    public Optional<WikiPage> findPageByTitle(String spaceKey, String title) {
        calls.add("find " + title);
        return pages.values().stream().map(Stored::page)
                .filter(p -> p.spaceKey().equals(spaceKey) && p.title().equals(title)).findFirst();
    }

    @Override
    public WikiPage createPage(NewPage page) {
        if (failCreates) {
            throw new io.chaosday.tracker.TrackerException(io.chaosday.tracker.TrackerException.Kind.UNAVAILABLE,
                    "the wiki went away");
        }
        String id = String.valueOf(next++);
        writes.add("create " + page.title());
        calls.add("create " + page.title());
        WikiPage made = new WikiPage(id, page.spaceKey(), page.title(), 1, page.body(), Optional.of("chaosday"),
                Optional.of(page.marker()), URI.create("https://wiki.example/pages/" + id));
        pages.put(id, new Stored(made, page.parentId(), new HashSet<>(page.labels())));
        return made;
    }

    @Override
    public WikiPage updatePage(PageUpdate update) {
        Stored stored = pages.get(update.pageId());
        if (conflictOnNextUpdate) {
            conflictOnNextUpdate = false;
            editByPerson(update.pageId(), "Carol", stored.page().body());
            throw new WikiConflictException("version conflict on page " + update.pageId());
        }
        if (update.version() != stored.page().version() + 1) {
            throw new WikiConflictException("version " + update.version() + " is not next after " + stored.page().version());
        }
        writes.add("update " + update.title());
        calls.add("update " + update.title());
        WikiPage updated = new WikiPage(update.pageId(), stored.page().spaceKey(), update.title(), update.version(), update.body(),
                Optional.of("chaosday"), Optional.of(update.marker()), stored.page().link());
        pages.put(update.pageId(), new Stored(updated, stored.parentId(), stored.labels()));
        return updated;
    }

    @Override
    public String toStorage(String body, SourceMarkup markup) {
        writes.add("convert"); // a read, counted to show conversion goes through the wiki
        calls.add("convert");
        return "<p>" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
    }

    @Override
    public void markPublished(String pageId, PublishMarker marker) {
        writes.add("mark " + pageId);
        calls.add("mark " + pageId);
        Stored stored = pages.get(pageId);
        WikiPage p = stored.page();
        pages.put(pageId, new Stored(new WikiPage(p.id(), p.spaceKey(), p.title(), p.version(), p.body(), p.lastEditor(),
                Optional.of(marker), p.link()), stored.parentId(), stored.labels()));
    }

    /** A person saves a new version in the wiki's editor; our marker stays as it was. */
    public void editByPerson(String pageId, String who, String body) {
        Stored stored = pages.get(pageId);
        WikiPage p = stored.page();
        pages.put(pageId, new Stored(new WikiPage(p.id(), p.spaceKey(), p.title(), p.version() + 1, body, Optional.of(who),
                p.marker(), p.link()), stored.parentId(), stored.labels()));
    }

    /** A person gives the page another title in the wiki's editor; our marker stays as it was. */
    public void retitleByPerson(String pageId, String who, String title) {
        Stored stored = pages.get(pageId);
        WikiPage p = stored.page();
        pages.put(pageId, new Stored(new WikiPage(p.id(), p.spaceKey(), title, p.version() + 1, p.body(), Optional.of(who),
                p.marker(), p.link()), stored.parentId(), stored.labels()));
    }

    /** A page someone else made, with no marker of ours. */
    public void addForeignPage(String spaceKey, String title) {
        String id = String.valueOf(next++);
        pages.put(id, new Stored(new WikiPage(id, spaceKey, title, 3, "<p>theirs</p>", Optional.of("Dave"), Optional.empty(),
                URI.create("https://wiki.example/pages/" + id)), Optional.empty(), new HashSet<>()));
    }

    public long writeCount() {
        return writes.stream().filter(w -> !w.equals("convert")).count();
    }

    PublishMarker markerOf(String pageId) {
        return pages.get(pageId).page().marker().orElseThrow();
    }
}
