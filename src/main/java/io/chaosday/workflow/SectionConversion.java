package io.chaosday.workflow;

import io.chaosday.storage.MarkupConverter;
import io.chaosday.storage.StorageFormatException;
import io.chaosday.storage.StorageFragment;
import io.chaosday.storage.WikiToStorage;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.Wiki;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What people wrote in a ticket, as storage format for a page. Converted here where a local
 * converter knows the markup; otherwise by the wiki's own converter, at most once per distinct text
 * in a run; offline (no wiki), shown as plain text. Every result passes the sanitizer, whoever
 * converted it. One per run; safe to share between threads.
 */
final class SectionConversion {

    /** A section as it goes into a page, and anything the user should hear about it. */
    record Converted(StorageFragment fragment, List<String> warnings) {
        Converted {
            warnings = List.copyOf(warnings);
        }
    }

    private final Map<SourceMarkup, MarkupConverter> local;
    private final Optional<Wiki> wiki;
    private final Map<IssueDescription, String> byWiki = new ConcurrentHashMap<>();

    SectionConversion(Map<SourceMarkup, MarkupConverter> local, Optional<Wiki> wiki) {
        this.local = Map.copyOf(local);
        this.wiki = wiki;
    }

    /** The converters this project has: Jira wiki markup locally; the rest through the wiki. */
    static SectionConversion standard(Optional<Wiki> wiki) {
        Map<SourceMarkup, MarkupConverter> local = new EnumMap<>(SourceMarkup.class);
        local.put(SourceMarkup.WIKI, new WikiToStorage());
        return new SectionConversion(local, wiki);
    }

    /** {@code where} names the ticket and section in warnings, e.g. "CHAOS-7 impact". */
    Converted convert(IssueDescription section, String where) {
        Optional<String> storage = Optional.ofNullable(local.get(section.markup())).flatMap(c -> c.toStorage(section.body()));
        if (storage.isEmpty() && wiki.isPresent()) {
            storage = Optional.of(byWiki.computeIfAbsent(section, s -> wiki.get().toStorage(s.body(), s.markup())));
        }
        if (storage.isEmpty()) {
            return new Converted(StorageFragment.plainText(DescriptionSections.lines(section)), List.of());
        }
        List<String> warnings = new ArrayList<>();
        StorageFragment fragment;
        try {
            fragment = StorageFragment.fromConfluence(storage.get());
        } catch (StorageFormatException e) {
            warnings.add(where + ": shown as plain text, its conversion could not be read (" + e.getMessage() + ")");
            fragment = StorageFragment.plainText(DescriptionSections.lines(section));
        }
        fragment.removed().forEach(r -> warnings.add(where + ": left out " + r));
        return new Converted(fragment, warnings);
    }
}
