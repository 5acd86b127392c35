package io.chaosday.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.Ticket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class ICalendarTest {

    private static final String LONG_NAME = "Zahlungsverkehr & Suche – große Übung 🐒🔥 混沌の日 "
            + "with a name long enough to need folding several times over, surely";

    private static String render(ChaosDayPlan plan, LocalDate today) {
        return new ICalendar().render(plan, today);
    }

    /** RFC 5545 section 3.1: a CRLF followed by one space or tab is removed. */
    private static List<String> unfolded(String ics) {
        assertTrue(ics.endsWith("\r\n"));
        return List.of(ics.replaceAll("\r\n[ \t]", "").split("\r\n"));
    }

    /** The events, each as its properties by name (parameters included in the name). */
    private static List<Map<String, String>> events(String ics) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : unfolded(ics)) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(event);
                event = null;
            } else if (event != null) {
                int colon = line.indexOf(':');
                event.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                assertFalse("unescaped " + c + " in " + text, c == ',' || c == ';');
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    public void icsLinesAreAtMost75OctetsAndEndWithCrlf() {
        String ics = render(TestPlans.plan(LONG_NAME, TestPlans.CHAOS_DAY, 3, List.of("Ünïcödé 🚀 team", "B")),
                TestPlans.TODAY);
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertEquals("LF only after CR", '\r', bytes[i - 1]);
                assertTrue("line of " + (i - 1 - lineStart) + " octets", i - 1 - lineStart <= IcsLines.MAX_OCTETS);
                lineStart = i + 1;
            } else if (bytes[i] == '\r') {
                assertEquals("CR only before LF", '\n', bytes[i + 1]);
            }
        }
        assertEquals(bytes.length, lineStart);
        assertTrue("long lines were folded", ics.contains("\r\n "));
    }

    @Test
    public void icsFoldsBetweenCharactersNeverInsideOne() {
        String ics = render(TestPlans.plan(LONG_NAME, TestPlans.CHAOS_DAY, 1, List.of("A")), TestPlans.TODAY);
        for (String line : ics.split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(line, bytes.length <= IcsLines.MAX_OCTETS);
            assertFalse("split surrogate pair: " + line, !line.isEmpty() && Character.isLowSurrogate(line.charAt(0)));
            String continuation = line.startsWith(" ") ? line.substring(1) : line;
            assertFalse("continuation starts inside a character", !continuation.isEmpty()
                    && (continuation.getBytes(StandardCharsets.UTF_8)[0] & 0xC0) == 0x80);
        }
        assertTrue(unfolded(ics).contains("X-WR-CALNAME:" + IcsLines.escape(LONG_NAME)));
    }

    @Test
    public void icsUnfoldingGivesTheTicketSummary() {
        ChaosDayPlan plan = TestPlans.plan(LONG_NAME, TestPlans.CHAOS_DAY, 1, List.of("Payments", "Search"));
        List<Map<String, String>> events = events(render(plan, TestPlans.TODAY));
        List<Ticket> tickets = plan.tickets().toList();
        assertEquals("Chaos Day: " + LONG_NAME, unescape(events.get(0).get("SUMMARY")));
        for (int i = 0; i < tickets.size(); i++) {
            assertEquals(LONG_NAME + ": " + tickets.get(i).summary(), unescape(events.get(i + 1).get("SUMMARY")));
        }
    }

    @Test
    public void icsEscapesBackslashCommaSemicolonAndNewline() {
        assertEquals("a\\\\b\\, c\\; d\\ne\\nf", IcsLines.escape("a\\b, c; d\ne\r\nf"));
        String name = "Ops\\Infra; Payments, Search";
        ChaosDayPlan plan = TestPlans.plan(name, TestPlans.CHAOS_DAY, 1, List.of("Core; \"Edge\", \\Net", "B"));
        String ics = render(plan, TestPlans.TODAY);
        assertTrue(unfolded(ics).contains("X-WR-CALNAME:Ops\\\\Infra\\; Payments\\, Search"));
        List<Map<String, String>> events = events(ics);
        assertEquals("Chaos Day: " + name, unescape(events.get(0).get("SUMMARY")));
        assertTrue(unescape(events.get(0).get("DESCRIPTION")).contains("\nTeams: Core; \"Edge\", \\Net, B"));
        assertTrue(events.stream().anyMatch(e -> unescape(e.get("SUMMARY"))
                .equals(name + ": Kick-off and what-if session for Core; \"Edge\", \\Net")));
    }

    @Test
    public void icsHasOneAllDayEventPerTicketAndOneSpanningTheChaosDay() {
        ChaosDayPlan plan = TestPlans.plan("Spring Chaos Week", TestPlans.CHAOS_DAY, 3, List.of("A", "B", "C"),
                "2027-03-11");
        List<Map<String, String>> events = events(render(plan, TestPlans.TODAY));
        assertEquals(plan.ticketCount() + 1, events.size());
        Map<String, String> span = events.get(0);
        assertEquals("20270310", span.get("DTSTART;VALUE=DATE"));
        assertEquals("the holiday and the weekend push the last day to Monday", LocalDate.parse("2027-03-15"), plan.lastDay());
        assertEquals("DTEND is exclusive", "20270316", span.get("DTEND;VALUE=DATE"));
        List<Ticket> tickets = plan.tickets().toList();
        for (int i = 0; i < tickets.size(); i++) {
            LocalDate due = tickets.get(i).due();
            assertEquals(due.toString().replace("-", ""), events.get(i + 1).get("DTSTART;VALUE=DATE"));
            assertEquals(due.plusDays(1).toString().replace("-", ""), events.get(i + 1).get("DTEND;VALUE=DATE"));
        }
    }

    @Test
    public void icsUidsAreUniqueAndStableWhenTheChaosDayMoves() {
        List<String> teams = List.of("Payments", "Search", "Checkout");
        String march = render(TestPlans.plan("Payments Chaos Day", TestPlans.CHAOS_DAY, 1, teams), TestPlans.TODAY);
        String june = render(TestPlans.plan("Payments Chaos Day", LocalDate.parse("2027-06-16"), 2, teams),
                LocalDate.parse("2027-05-03"));
        List<String> marchUids = events(march).stream().map(e -> e.get("UID")).toList();
        List<String> juneUids = events(june).stream().map(e -> e.get("UID")).toList();
        assertEquals("unique", marchUids.size(), new HashSet<>(marchUids).size());
        assertEquals(marchUids, juneUids);
        Set<String> other = new HashSet<>(events(render(TestPlans.plan("Search Chaos Day", TestPlans.CHAOS_DAY, 1, teams),
                TestPlans.TODAY)).stream().map(e -> e.get("UID")).toList());
        assertTrue("another Chaos Day has other UIDs", marchUids.stream().noneMatch(other::contains));
    }

    @Test
    public void icsIsTheSameForTheSameInputStampedTodayAtMidnightUtc() {
        ChaosDayPlan plan = TestPlans.teams(2);
        String ics = render(plan, TestPlans.TODAY);
        assertEquals(ics, render(plan, TestPlans.TODAY));
        assertTrue(events(ics).stream().allMatch(e -> "20270226T000000Z".equals(e.get("DTSTAMP"))));
    }

    @Test
    public void icsCalendarHasVersionProductScaleMethodAndName() {
        List<String> lines = unfolded(render(TestPlans.teams(1), TestPlans.TODAY));
        assertEquals(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ICalendar.PRODID, "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "X-WR-CALNAME:Payments Chaos Day"), lines.subList(0, 6));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
    }
}
