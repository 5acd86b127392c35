package io.chaosday.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.DefaultTexts;
import io.chaosday.plan.PhasePlan;
import io.chaosday.plan.PlanTexts;
import io.chaosday.plan.SchedulePolicy;
import io.chaosday.plan.Scheduler;
import io.chaosday.plan.Step;
import io.chaosday.plan.Ticket;
import io.chaosday.plan.TicketText;
import io.chaosday.plan.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class JiraCsvTest {

    private static final List<String> HEADER = List.of("Issue Id", "Parent Id", "Issue Type", "Summary", "Description",
            "Due Date", "Labels", "Labels", "Labels", "Labels", "Epic Name", "Epic Link");

    private static List<Map<String, String>> rows(ChaosDayPlan plan) {
        List<List<String>> records = Rfc4180Reader.read(new JiraCsv().render(plan, TestPlans.TODAY));
        assertEquals(HEADER, records.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertEquals("every record has every column", HEADER.size(), record.size());
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < HEADER.size(); i++) {
                row.merge(HEADER.get(i), record.get(i), (a, b) -> a + "|" + b);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    public void csvStartsWithTheHeaderJirasImporterMaps() {
        assertTrue(new JiraCsv().render(TestPlans.teams(1), TestPlans.TODAY)
                .startsWith(String.join(",", HEADER) + "\r\n"));
    }

    @Test
    public void csvHasOneEpicRowPerPhaseBeforeOneTaskRowPerTicket() {
        ChaosDayPlan plan = TestPlans.teams(3);
        List<Map<String, String>> rows = rows(plan);
        assertEquals(4 + plan.ticketCount(), rows.size());
        List<String> types = rows.stream().map(r -> r.get("Issue Type")).toList();
        assertEquals(List.of("Epic", "Epic", "Epic", "Epic"), types.subList(0, 4));
        assertTrue(types.subList(4, types.size()).stream().allMatch("Task"::equals));
        assertEquals(plan.phases().stream().map(PhasePlan::summary).toList(),
                rows.subList(0, 4).stream().map(r -> r.get("Epic Name")).toList());
        assertEquals(plan.tickets().map(Ticket::summary).toList(),
                rows.subList(4, rows.size()).stream().map(r -> r.get("Summary")).toList());
    }

    @Test
    public void csvLinksEveryTicketToItsEpic() {
        ChaosDayPlan plan = TestPlans.teams(3);
        List<Map<String, String>> rows = rows(plan);
        Map<String, Map<String, String>> byId = new HashMap<>();
        rows.forEach(r -> assertEquals("Issue Ids are unique", null, byId.put(r.get("Issue Id"), r)));
        List<Ticket> tickets = plan.tickets().toList();
        for (int i = 0; i < tickets.size(); i++) {
            Map<String, String> task = rows.get(4 + i);
            Map<String, String> epic = byId.get(task.get("Parent Id"));
            String phaseSummary = plan.phases().get(tickets.get(i).phase().ordinal()).summary();
            assertEquals("Cloud: Parent Id is the epic's Issue Id", phaseSummary, epic.get("Summary"));
            assertEquals("Data Center: Epic Link is the epic's Epic Name", epic.get("Epic Name"), task.get("Epic Link"));
            assertEquals("", task.get("Epic Name"));
        }
        rows.subList(0, 4).forEach(epic -> {
            assertEquals("", epic.get("Parent Id"));
            assertEquals("", epic.get("Epic Link"));
        });
    }

    @Test
    public void csvGivesDueDatesAsYearMonthDay() {
        ChaosDayPlan plan = TestPlans.teams(2);
        List<Map<String, String>> rows = rows(plan);
        List<String> expected = new ArrayList<>(plan.phases().stream().map(p -> p.due().toString()).toList());
        plan.tickets().forEach(t -> expected.add(t.due().toString()));
        assertEquals(expected, rows.stream().map(r -> r.get("Due Date")).toList());
        assertEquals("2027-03-10", rows.get(1).get("Due Date"));
        assertEquals("yyyy-MM-dd", JiraCsv.DATE_FORMAT);
    }

    @Test
    public void csvLabelsEveryRowAsCreateDoesSoStatusAndRescheduleFindIt() {
        List<Map<String, String>> rows = rows(TestPlans.teams(2));
        String day = "chaos-day-payments-chaos-day-53adc91e";
        assertEquals("chaos-day|" + day + "|chaos-day-phase-plan|" + day + "--epic_002fplan", rows.get(0).get("Labels"));
        assertEquals("chaos-day|" + day + "|chaos-day-phase-share|" + day + "--epic_002fshare", rows.get(3).get("Labels"));
        assertEquals("chaos-day|" + day + "|chaos-day-phase-plan|" + day + "--scope", rows.get(4).get("Labels"));
        assertEquals("chaos-day|" + day + "|chaos-day-phase-share|" + day + "--share", rows.get(rows.size() - 1).get("Labels"));
        String kickoff = rows.stream().filter(r -> r.get("Summary").startsWith("Kick-off")).findFirst().orElseThrow().get("Labels");
        assertEquals(java.util.Optional.of(new io.chaosday.tracker.IssueIdentity(
                io.chaosday.tracker.ChaosDayId.fromName("Payments Chaos Day"), "kickoff/" + TestPlans.teams(2).teams().get(0))),
                io.chaosday.tracker.IssueIdentity.fromLabel(kickoff.substring(kickoff.lastIndexOf('|') + 1)));
    }

    @Test
    public void csvNameLabelStaysTheSameWhenTheChaosDayMoves() {
        ChaosDayPlan moved = TestPlans.plan("Payments Chaos Day", LocalDate.parse("2027-06-09"), 1, List.of("A"));
        assertEquals(rows(TestPlans.teams(1)).get(0).get("Labels"), rows(moved).get(0).get("Labels"));
    }

    @Test
    public void csvDescriptionIsTheParagraphThenWikiBullets() {
        ChaosDayPlan plan = TestPlans.teams(1);
        Ticket scope = plan.tickets().findFirst().orElseThrow();
        String description = rows(plan).get(4).get("Description");
        StringBuilder expected = new StringBuilder(scope.text().description()).append("\n");
        scope.text().checklist().forEach(item -> expected.append("\n* ").append(item));
        assertEquals(expected.toString(), description);
    }

    @Test
    public void csvQuotesCommasQuotesAndLineBreaksAndEndsRecordsWithCrlf() {
        ChaosDayPlan plan = TestPlans.plan("Chaos Day \"Payments, Search\"", TestPlans.CHAOS_DAY, 1,
                List.of("Ops, \"Core\"", "Search"));
        String csv = new JiraCsv().render(plan, TestPlans.TODAY);
        assertTrue(csv.contains("\"Plan: Chaos Day \"\"Payments, Search\"\"\""));
        assertTrue("no bare LF between records", csv.replace("\r\n", "").chars().filter(c -> c == '\r').count() == 0);
        List<Map<String, String>> rows = rows(plan);
        assertEquals("Plan: Chaos Day \"Payments, Search\"", rows.get(0).get("Summary"));
        assertTrue(rows.stream().anyMatch(r -> r.get("Summary").equals("Kick-off and what-if session for Ops, \"Core\"")));
        assertTrue(rows.get(0).get("Labels"), rows.get(0).get("Labels").startsWith("chaos-day|chaos-day-chaos-day-payments-search-f0e5ca18|"));
    }

    @Test
    public void csvDefusesCellsThatSpreadsheetsWouldRunAsFormulas() {
        PlanTexts texts = DefaultTexts.TEXTS
                .with(Step.SCOPE, new TicketText("=HYPERLINK(\"http://evil.example\")", "-2+3", List.of("@SUM(A1)")))
                .with(Step.KICKOFF, new TicketText("{team} kick-off", "+cmd", List.of()));
        ChaosDayPlan plan = new Scheduler(SchedulePolicy.DEFAULT, texts).schedule(new ChaosDaySpec("Payments",
                TestPlans.CHAOS_DAY, 1, List.of("@team", "Search"), WorkingCalendar.mondayToFriday()));
        List<Map<String, String>> rows = rows(plan);
        for (Map<String, String> row : rows) {
            for (String value : row.values()) {
                assertTrue(value, value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0);
            }
        }
        assertEquals("'=HYPERLINK(\"http://evil.example\")", rows.get(4).get("Summary"));
        assertEquals("'-2+3\n\n* @SUM(A1)", rows.get(4).get("Description"));
        assertEquals("'@team kick-off", rows.get(5).get("Summary"));
        assertEquals("'+cmd", rows.get(5).get("Description"));
        assertEquals("Plain, text", Csv.defused("Plain, text"));
    }
}
