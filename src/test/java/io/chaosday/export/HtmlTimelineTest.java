package io.chaosday.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.PhasePlan;
import io.chaosday.plan.Ticket;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

public class HtmlTimelineTest {

    private static final String HOSTILE_TEAM = "<script>alert(1)</script>";
    private static final String HOSTILE_NAME = "Q3 <b>\"Chaos\"</b> & 'friends' <img src=x onerror=alert(2)>";

    private static Document page(ChaosDayPlan plan, LocalDate today) {
        return Jsoup.parse(new HtmlTimeline().render(plan, today));
    }

    private static double percent(Element element, String property) {
        String style = element.attr("style");
        int at = style.indexOf(property + ":");
        String value = style.substring(at + property.length() + 1).split("[;%]")[0];
        return Double.parseDouble(value);
    }

    @Test
    public void htmlShowsEveryTicketSummaryTeamAndDueDate() {
        ChaosDayPlan plan = TestPlans.teams(3);
        Document page = page(plan, TestPlans.TODAY);
        List<Element> rows = page.select(".row.ticket");
        List<Ticket> tickets = plan.tickets().toList();
        assertEquals(tickets.size(), rows.size());
        for (int i = 0; i < tickets.size(); i++) {
            Ticket ticket = tickets.get(i);
            assertEquals(ticket.summary(), rows.get(i).selectFirst(".summary").text());
            String meta = rows.get(i).selectFirst(".meta").text();
            assertTrue(meta, meta.startsWith(ticket.team().orElse("All teams") + " · due "));
            assertTrue(meta, meta.endsWith(DateAxis.LONG.format(ticket.due())));
        }
        assertTrue(page.title().startsWith("Payments Chaos Day"));
        assertEquals("Payments Chaos Day", page.selectFirst("h1").text());
        assertEquals("Chaos Day Wed 10 Mar 2027", page.selectFirst(".when").text());
    }

    @Test
    public void htmlHasFourPhaseLanesInOrderWithTheirTickets() {
        ChaosDayPlan plan = TestPlans.teams(2);
        List<Element> lanes = page(plan, TestPlans.TODAY).select("section.lane");
        assertEquals(List.of("lane lane-plan", "lane lane-execute", "lane lane-review", "lane lane-share"),
                lanes.stream().map(Element::className).toList());
        for (int i = 0; i < 4; i++) {
            PhasePlan phase = plan.phases().get(i);
            assertEquals(phase.summary(), lanes.get(i).selectFirst(".epic").text());
            assertEquals(phase.tickets().size(), lanes.get(i).select(".row.ticket").size());
        }
    }

    @Test
    public void htmlEscapesHostileNamesSoTheyNeverBecomeElements() {
        ChaosDayPlan plan = TestPlans.plan(HOSTILE_NAME, TestPlans.CHAOS_DAY, 1, List.of(HOSTILE_TEAM, "Search"));
        String html = new HtmlTimeline().render(plan, TestPlans.TODAY);
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script, b, img").isEmpty());
        assertFalse(html.contains(HOSTILE_TEAM));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertEquals(HOSTILE_NAME, page.selectFirst("h1").text());
        assertTrue(page.title().startsWith(HOSTILE_NAME));
        assertTrue(page.select(".meta").stream().anyMatch(e -> e.text().startsWith(HOSTILE_TEAM + " · due")));
        assertTrue(page.select("[onerror]").isEmpty());
    }

    @Test
    public void htmlLoadsNothingFromOutsideThePage() {
        String html = new HtmlTimeline().render(TestPlans.teams(3), TestPlans.TODAY);
        Document page = Jsoup.parse(html);
        assertTrue(page.select("[src]").isEmpty());
        assertTrue(page.select("link, script, iframe, object, embed, img").isEmpty());
        assertTrue(page.select("[href]").stream().noneMatch(e -> e.attr("href").matches("(?i)\\s*(https?:)?//.*")));
        assertFalse(html.contains("@import"));
        assertFalse(html.contains("url("));
        assertFalse(html.toLowerCase().contains("http://") || html.toLowerCase().contains("https://"));
    }

    @Test
    public void htmlMarksTheChaosDaySpanningItsDays() {
        ChaosDayPlan plan = TestPlans.plan("Spring Chaos Week", TestPlans.CHAOS_DAY, 3, List.of("A", "B", "C"),
                "2027-03-11");
        Document page = page(plan, TestPlans.TODAY);
        Element band = page.selectFirst(".overlay .chaos");
        Element bar = page.selectFirst(".lane-execute .bar");
        assertEquals(percent(bar, "left"), percent(band, "left"), 1e-9);
        assertEquals(percent(bar, "width"), percent(band, "width"), 1e-9);
        Element gridlines = page.select(".overlay .gridline").get(1);
        double week = percent(gridlines, "left") - percent(page.selectFirst(".overlay .gridline"), "left");
        assertEquals("Wed 10 to Mon 15 March is six days", 6 * week / 7, percent(band, "width"), 1e-2);
        assertEquals("Chaos Days", page.selectFirst(".flag-chaos").text());
        assertEquals("10 Mar – 15 Mar", page.selectFirst(".lane-execute .date").text());
    }

    @Test
    public void htmlShadesHolidaysInRange() {
        ChaosDayPlan plan = TestPlans.plan("Payments", TestPlans.CHAOS_DAY, 1, List.of("A"), "2027-03-01", "2027-12-25");
        Document page = page(plan, TestPlans.TODAY);
        List<Element> holidays = page.select(".overlay .holiday");
        assertEquals(1, holidays.size());
        assertEquals("Holiday: Mon 1 Mar 2027", holidays.get(0).attr("title"));
        assertEquals(1, page.select(".legend .key-holiday").size());
        assertTrue(page(TestPlans.teams(1), TestPlans.TODAY).select(".key-holiday, .holiday").isEmpty());
    }

    @Test
    public void htmlMarksTodayWithALineWhenItIsOnTheTimeline() {
        Document page = page(TestPlans.teams(1), TestPlans.TODAY);
        assertEquals(1, page.select(".overlay .today").size());
        assertEquals("Today 26 Feb", page.selectFirst(".flag-today").text());
        assertTrue(page.selectFirst(".today-note").text().contains("the Chaos Day is 8 working days away"));
    }

    @Test
    public void htmlNotesTodayWhenItIsBeforeOrAfterTheTimeline() {
        Document before = page(TestPlans.teams(1), LocalDate.parse("2026-12-01"));
        assertTrue(before.select(".today, .flag-today").isEmpty());
        assertTrue(before.selectFirst(".today-note").text().contains("before the first ticket is due"));
        Document after = page(TestPlans.teams(1), LocalDate.parse("2027-09-01"));
        assertTrue(after.select(".today, .flag-today").isEmpty());
        assertTrue(after.selectFirst(".today-note").text().contains("after the last ticket was due"));
    }

    @Test
    public void htmlHasWeeklyTicksOnMondays() {
        ChaosDayPlan plan = TestPlans.teams(1);
        Document page = page(plan, TestPlans.TODAY);
        List<Element> ticks = page.select(".axis .tick");
        assertEquals("2027", page.selectFirst(".axis .years").text());
        assertEquals("15 Feb", ticks.get(0).text());
        assertEquals("22 Feb", ticks.get(1).text());
        assertEquals("Mon 15 Feb to Sun 4 Apr: seven weeks", 7, ticks.size());
        assertEquals(0.0, percent(ticks.get(0), "left"), 1e-9);
        ChaosDayPlan january = TestPlans.plan("New year", LocalDate.parse("2028-01-12"), 1, List.of("A"));
        assertEquals("2027–2028", page(january, TestPlans.TODAY).selectFirst(".axis .years").text());
    }

    @Test
    public void htmlGrowsDownwardsForAHundredTeams() {
        ChaosDayPlan plan = TestPlans.plan("Everyone", TestPlans.CHAOS_DAY, 1, ChaosDaySpec.numberedTeams(100));
        Document page = page(plan, TestPlans.TODAY);
        assertEquals(plan.ticketCount(), page.select(".row.ticket").size());
        assertEquals("100 teams", page.select(".facts li").get(0).text());
        for (Element date : page.select(".ticket .date")) {
            double left = percent(date, "left");
            assertTrue(date.toString(), left >= 0 && left <= 100);
        }
    }

    @Test
    public void htmlIsTheSameForTheSameInputAndPrintable() {
        ChaosDayPlan plan = TestPlans.teams(2);
        String html = new HtmlTimeline().render(plan, TestPlans.TODAY);
        assertEquals(html, new HtmlTimeline().render(plan, TestPlans.TODAY));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("@media print"));
    }
}
