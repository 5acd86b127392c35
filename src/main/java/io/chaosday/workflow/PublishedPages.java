package io.chaosday.workflow;

import io.chaosday.plan.Phase;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.WikiPage;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which page each review ticket of a Chaos Day (and its Share epic, for the lessons page) was
 * published to, and what the ticket's link to it says: one record, kept in the Share epic's page
 * property beside the lessons page's id, so a publish reads it with its search and writes it once,
 * only when it changed. Chaos Days published before the record kept a page id on each ticket; those
 * are read once, where the Share epic shows an earlier publish but no record.
 *
 * <p>The record also names the improvement tickets that were related to their review and assigned
 * to their owner: one found unassigned later was unassigned by a person, and is left so.
 *
 * <p>An issue property rather than a project property: writing one needs only Edit Issues on the
 * Share epic, which publishing needs anyway, where a project property needs Administer Projects.
 */
public final class PublishedPages {

    /** The lessons page's id, where releases before the record kept it too. */
    static final String LESSONS_PAGE = "pageId";

    /** Present when the property holds the record; absent on what releases before it wrote. */
    private static final String RECORD = "record";

    /** Each entry: the item's key after this prefix; the value is the page id, a space, and the link's digest. */
    private static final String ENTRY = "page:";

    /** Each improvement ticket followed up: its key after this prefix. */
    private static final String FOLLOWED_UP = "followedUp:";

    private final Optional<TrackedIssue> shareEpic;
    private final Map<String, String> read;
    private final Map<String, String> entries;
    private final Set<String> followedUp;

    private PublishedPages(Optional<TrackedIssue> shareEpic, Map<String, String> read, Map<String, String> entries,
            Set<String> followedUp) {
        this.shareEpic = shareEpic;
        this.read = Map.copyOf(read);
        this.entries = new LinkedHashMap<>(entries);
        this.followedUp = new TreeSet<>(followedUp);
    }

    /**
     * The record as the search found it: the Share epic's, else the page ids the review tickets kept
     * (those found with their page property) and the lessons page's id on the Share epic.
     */
    public static PublishedPages of(ChaosDayIssues found) {
        Optional<TrackedIssue> share = found.find(IssueIdentity.ofEpic(found.id(), Phase.SHARE));
        Map<String, String> kept = share.flatMap(epic -> epic.property(IssueProperties.PAGE)).orElse(Map.of());
        Map<String, String> entries = new LinkedHashMap<>();
        if (kept.containsKey(RECORD)) {
            Set<String> followedUp = new TreeSet<>();
            kept.forEach((key, value) -> {
                if (key.startsWith(ENTRY)) {
                    entries.put(key.substring(ENTRY.length()), value);
                } else if (key.startsWith(FOLLOWED_UP)) {
                    followedUp.add(key.substring(FOLLOWED_UP.length()));
                }
            });
            return new PublishedPages(share, kept, entries, followedUp);
        }
        share.ifPresent(epic -> Optional.ofNullable(kept.get(LESSONS_PAGE))
                .ifPresent(id -> entries.put(epic.identity().orElseThrow().item().key(), id + " ")));
        for (Map.Entry<Item, TrackedIssue> issue : found.byItem().entrySet()) {
            issue.getValue().property(IssueProperties.PAGE).map(p -> p.get(LESSONS_PAGE))
                    .ifPresent(id -> entries.putIfAbsent(issue.getKey().key(), id + " "));
        }
        return new PublishedPages(share, Map.of(), entries, Set.of());
    }

    /**
     * The record, reading the review tickets' own page ids once when the Share epic shows that a
     * release before the record published this Chaos Day and the search did not bring them.
     */
    static PublishedPages read(IssueTracker tracker, String projectKey, ChaosDayIssues found) {
        PublishedPages pages = of(found);
        boolean before = pages.read.isEmpty() && pages.shareEpic.flatMap(epic -> epic.property(IssueProperties.PAGE)).isPresent();
        boolean ticketsRead = found.byItem().entrySet().stream()
                .anyMatch(e -> !(e.getKey() instanceof Item.PhaseEpic) && e.getValue().property(IssueProperties.PAGE).isPresent());
        if (!before || ticketsRead) {
            return pages;
        }
        return of(ChaosDayFinder.pagesOnTickets(tracker).find(projectKey, found.id()));
    }

    /** The page the item's ticket was published to. */
    public Optional<String> pageId(Item item) {
        return Optional.ofNullable(entries.get(item.key())).map(v -> v.split(" ", 2)[0]).filter(id -> !id.isBlank());
    }

    /** Whether the ticket already links to the page as {@code digest} ({@link #linkDigest}) says. */
    boolean linked(Item item, String digest) {
        return Optional.ofNullable(entries.get(item.key())).map(v -> v.split(" ", 2)).filter(v -> v.length == 2)
                .map(v -> v[1].equals(digest)).orElse(false);
    }

    /** Records the page and, when the link is written, its digest; an empty digest records no link. */
    synchronized void put(Item item, String pageId, String digest) {
        entries.put(item.key(), pageId + " " + digest);
    }

    /** Whether the improvement ticket was related to its review and assigned by a publish. */
    synchronized boolean followedUp(String ticketKey) {
        return followedUp.contains(ticketKey);
    }

    /** Records that the improvement ticket is related to its review and assigned. */
    synchronized void followUpDone(String ticketKey) {
        followedUp.add(ticketKey);
    }

    /** The Share epic, where the record is kept; empty when a person deleted it. */
    Optional<TrackedIssue> keeper() {
        return shareEpic;
    }

    /** The property to write: the record with the lessons page's id where releases before it read that. */
    synchronized Map<String, String> property() {
        Map<String, String> property = new LinkedHashMap<>();
        property.put(RECORD, "1");
        shareEpic.flatMap(TrackedIssue::identity).flatMap(i -> pageId(i.item())).ifPresent(id -> property.put(LESSONS_PAGE, id));
        entries.forEach((item, value) -> property.put(ENTRY + item, value));
        followedUp.forEach(key -> property.put(FOLLOWED_UP + key, "1"));
        return property;
    }

    /** Whether the record differs from what was read: only then is it written. */
    synchronized boolean changed() {
        return !property().equals(read);
    }

    /** What a ticket's link to a page says, in short: which ticket, where the page is and its title. */
    static String linkDigest(String issueKey, WikiPage page) {
        byte[] digest = Fingerprint.sha256().digest((issueKey + "\n" + page.link() + "\n" + page.title())
                .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
