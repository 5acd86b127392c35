package io.chaosday.jira.page;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.Phase;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.review.ExpectedImpact;
import io.chaosday.review.Experiment;
import io.chaosday.review.Failure;
import io.chaosday.review.IssueKey;
import io.chaosday.review.Isolation;
import io.chaosday.review.Outcome;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class PageViewsTest {

    private static final LocalDate CHAOS_DAY = LocalDate.parse("2027-03-10");
    private final PageViews views = new PageViews(URI.create("https://jira.example.com/jira/"), Locale.ENGLISH);

    private static ChaosDayDefinition definition(boolean provisional) {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday().withHolidays(Set.of(LocalDate.parse("2027-03-01")));
        return ChaosDayDefinition.withDefaults(new ChaosDaySpec("Payments Chaos Day", CHAOS_DAY, 1,
                List.of("Payments", "Search"), calendar)).withProvisional(provisional);
    }

    private static TrackedIssue issue(String key, String summary, String due, String assignee) {
        return new TrackedIssue(key, Optional.empty(), IssueKind.TASK, summary, Optional.of(LocalDate.parse(due)), false,
                "To Do", Optional.ofNullable(assignee), Optional.empty());
    }

    @Test
    public void theDefinitionReadsAsTheFormShowsIt() {
        DefinitionView view = views.definition(definition(true));

        assertEquals("2027-03-10", view.chaosDay());
        assertEquals("Wednesday", view.weekday());
        assertEquals(List.of("SAT", "SUN"), view.weekend());
        assertEquals(List.of("2027-03-01"), view.holidays());
        assertEquals("Payments\nSearch", view.teamsText());
        assertTrue(view.provisional());
    }

    @Test
    public void statusNamesTheCurrentPhaseLinksEpicsAndCountsDownInWords() {
        ChaosDayStatus.Report report = new ChaosDayStatus.Report("payments-chaos-day", "Payments Chaos Day",
                Optional.of(CHAOS_DAY), Optional.of(14L), Optional.of(Phase.PLAN),
                List.of(new ChaosDayStatus.PhaseProgress(Phase.PLAN, 2, 7, Optional.of(LocalDate.parse("2027-03-09")), Optional.of("CHAOS-1")),
                        new ChaosDayStatus.PhaseProgress(Phase.EXECUTE, 0, 1, Optional.empty(), Optional.empty())),
                List.of(issue("CHAOS-7", "Kick-off for Search", "2027-02-22", null)));

        StatusView status = views.status(report, List.of(issue("CHAOS-9", "Shortlist", "2027-02-24", "Dana")));

        assertEquals("chaosday.page.when.in-days", status.whenKey());
        assertEquals(14, status.days());
        assertTrue(status.phases().get(0).current());
        assertEquals(new Link("CHAOS-1", "https://jira.example.com/jira/browse/CHAOS-1"), status.phases().get(0).epic());
        assertTrue(!status.phases().get(1).hasEpic());
        assertEquals("", status.overdue().get(0).assignee());
        assertEquals("Dana", status.nextDue().get(0).assignee());
    }

    @Test
    public void aChaosDayThatHasPassedCountsBack() {
        ChaosDayStatus.Report report = new ChaosDayStatus.Report("x", "x", Optional.of(CHAOS_DAY), Optional.of(-3L),
                Optional.empty(), List.of(), List.of());

        StatusView status = views.status(report, List.of());

        assertEquals("chaosday.page.when.days-ago", status.whenKey());
        assertEquals(3, status.days());
    }

    @Test
    public void anExperimentsOutcomeIsAnI18nKeyTheFileHasAndALozengeColour() {
        Experiment experiment = new Experiment(Optional.of(IssueKey.of("CHAOS-19")), "Payments API loses its database",
                "Payments API", new Failure("db stopped", "staging", "stop it"), new ExpectedImpact("writes fail", "declines"),
                "alert fires", "start it", Isolation.ISOLATED, "staging", "Alice", "Payments", Outcome.RESOLVED_BY_AGENTS);

        ExperimentRow row = views.experiment(experiment);

        assertEquals("chaosday.page.outcome.resolved-by-agents", row.outcomeKey());
        assertEquals("success", row.outcomeStyle());
        assertEquals("Resolved by Agents of Chaos", new PropertiesI18n().getText(row.outcomeKey()));
    }

    @Test
    public void thePageBuiltFromTheseViewsRendersWithTheCommandLinesTimeline() {
        ChaosDayDefinition definition = definition(false);
        ChaosDayStatus.Report report = new ChaosDayStatus.Report("p", "Payments Chaos Day", Optional.of(CHAOS_DAY),
                Optional.of(1L), Optional.of(Phase.PLAN), List.of(), List.of());
        ChaosDayPage page = new ChaosDayPage("CHAOS", "Chaos", views.definition(definition), true,
                "https://jira.example.com/jira/rest/chaosday/1.0/project/CHAOS", views.status(report, List.of()),
                views.timeline(definition, LocalDate.parse("2027-02-24")), List.of(), List.of(),
                new ConfluenceView(ConfluenceView.State.NOT_CONFIGURED, "", "https://jira.example.com/jira/plugins/servlet/chaosday", true));

        Document dom = Jsoup.parse(new PageRenderer().render(PageRenderer.PAGE, "page", page));

        assertTrue(dom.selectFirst(".chaosday-when").text().contains("tomorrow"));
        Document timeline = Jsoup.parse(dom.selectFirst("iframe.chaosday-timeline").attr("srcdoc"));
        assertEquals("Payments Chaos Day", timeline.selectFirst("h1").text());
    }
}
