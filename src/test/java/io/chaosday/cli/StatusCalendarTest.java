package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.workflow.FakeIssueTracker;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;

/**
 * {@code status --format ics}: the Chaos Day's dates as they are in Jira, as a calendar whose
 * events keep their UIDs (the plan's own) and carry a SEQUENCE that grows, so a re-import after a
 * reschedule moves them.
 */
public class StatusCalendarTest {

    private static final Clock FEB_1 = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock FEB_2 = Clock.fixed(Instant.parse("2027-02-02T09:30:00Z"), ZoneOffset.UTC);

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final Map<String, String> env = Map.of("JIRA_URL", "https://jira.example", "JIRA_PROJECT", "CHAOS");

    private CliRun run(Clock clock, String... args) {
        CliRun run = CliRun.of(clock, env, CliRun.connections(jira, null), args);
        assertEquals(run.err(), 0, run.exit());
        return run;
    }

    @Before
    public void aChaosDayInJira() {
        run(CliRun.NOV_2026, "create", "--chaos-day", "2027-03-10", "--team", "Payments", "--team", "Search", "--name", "Spring Chaos Day");
    }

    /** Each event's properties by name, lines unfolded (RFC 5545, 3.1). */
    private static List<Map<String, String>> events(String ics) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    private static Map<String, Map<String, String>> byUid(List<Map<String, String>> events) {
        return events.stream().collect(Collectors.toMap(e -> e.get("UID"), e -> e));
    }

    @Test
    public void everyTicketIsAnEventOnItsDueDateWithTheUidThePlansCalendarGives() {
        String ics = run(FEB_1, "status", "--format", "ics").out();

        assertTrue(ics, ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"));
        List<Map<String, String>> events = events(ics);
        assertEquals("one event per ticket and one for the day", 13, events.size());
        Map<String, Map<String, String>> fromPlan = byUid(events(CliRun.of(FEB_1, Map.of(), "plan", "--chaos-day", "2027-03-10",
                "--team", "Payments", "--team", "Search", "--name", "Spring Chaos Day", "--format", "ics").out()));
        for (Map<String, String> event : events) {
            Map<String, String> planned = fromPlan.get(event.get("UID"));
            assertTrue("the plan's calendar has the same event: " + event, planned != null);
            assertEquals(planned.get("DTSTART;VALUE=DATE"), event.get("DTSTART;VALUE=DATE"));
            assertTrue(event.toString(), event.containsKey("SEQUENCE"));
        }
        Map<String, String> kickoff = events.stream().filter(e -> e.get("SUMMARY").endsWith("Kick-off and what-if session for Search"))
                .findFirst().orElseThrow();
        assertTrue(kickoff.get("URL"), kickoff.get("URL").startsWith("https://"));
    }

    @Test
    public void afterARescheduleTheSameEventsMoveWithAHigherSequence() {
        Map<String, Map<String, String>> before = byUid(events(run(FEB_1, "status", "--format", "ics").out()));
        run(FEB_1, "reschedule", "--chaos-day", "2027-03-17");

        Map<String, Map<String, String>> after = byUid(events(run(FEB_2, "status", "--format", "ics").out()));

        assertEquals(before.keySet(), after.keySet());
        int moved = 0;
        for (String uid : before.keySet()) {
            assertTrue(Long.parseLong(after.get(uid).get("SEQUENCE")) > Long.parseLong(before.get(uid).get("SEQUENCE")));
            if (!before.get(uid).get("DTSTART;VALUE=DATE").equals(after.get(uid).get("DTSTART;VALUE=DATE"))) {
                moved++;
            }
        }
        assertEquals("every open ticket and the day itself moved", 13, moved);
        assertTrue(after.values().stream().anyMatch(e -> "20270317".equals(e.get("DTSTART;VALUE=DATE"))
                && e.get("SUMMARY").equals("Spring Chaos Day")));
    }
}
