package io.chaosday.workflow.day;

import io.chaosday.plan.Phase;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.workflow.ChaosDayIssues;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** The time zone a Chaos Day's log is kept in: the one its definition names, else the one given. */
public final class DayZone {

    /** The definition's key for the zone: an IANA name such as {@code Europe/London}. */
    public static final String KEY = io.chaosday.workflow.DefinitionProperty.TIME_ZONE;

    private DayZone() {
    }

    public static ZoneId of(ChaosDayIssues found, ZoneId otherwise) {
        return found.find(IssueIdentity.ofEpic(found.id(), Phase.EXECUTE))
                .flatMap(epic -> epic.property(IssueProperties.DEFINITION))
                .flatMap(p -> Optional.ofNullable(p.get(KEY)))
                .flatMap(DayZone::parse)
                .orElse(otherwise);
    }

    private static Optional<ZoneId> parse(String id) {
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
