package io.chaosday.jira.page;

import io.chaosday.export.HtmlTimeline;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.Scheduler;
import io.chaosday.plan.WorkingCalendar;

import java.time.LocalDate;
import java.util.List;

/** A Chaos Day two weeks out, three teams, some tickets late: what a facilitator sees mid-plan. */
final class SamplePages {

    static final LocalDate TODAY = LocalDate.parse("2027-02-24");
    private static final String JIRA = "https://jira.example.com";

    private SamplePages() {
    }

    static ChaosDayPage facilitator() {
        return page("Payments Chaos Day", List.of("Payments", "Search", "Checkout"), true, false,
                new ConfluenceView(ConfluenceView.State.LINKED, "Team wiki", "https://wiki.example.com", true));
    }

    static ChaosDayPage reader() {
        return page("Payments Chaos Day", List.of("Payments", "Search", "Checkout"), false, false,
                new ConfluenceView(ConfluenceView.State.LINKED, "Team wiki", "https://wiki.example.com", false));
    }

    static ChaosDayPage justCreated() {
        return page("Chaos Day", List.of("Team 1"), true, true,
                new ConfluenceView(ConfluenceView.State.NOT_CONFIGURED, "", "/plugins/servlet/chaosday/confluence", true));
    }

    /** The template's Chaos Day, cut short after its epics: its tickets are missing. */
    static ChaosDayPage halfMade(boolean admin) {
        ChaosDayPage made = justCreated();
        return new ChaosDayPage(made.projectKey(), made.projectName(), made.definition(), admin, "/rest/chaosday/1.0/project/CHAOS",
                made.status(), made.timelineHtml(), made.experiments(), List.of(), made.confluence(), 9);
    }

    /** The facilitator's page three days after the Chaos Day. */
    static ChaosDayPage past() {
        ChaosDayPage day = facilitator();
        return new ChaosDayPage(day.projectKey(), day.projectName(), day.definition(), true, day.restBase(),
                new StatusView("chaosday.page.when.days-ago", 3, day.status().phases(), List.of(), List.of()), day.timelineHtml(),
                day.experiments(), day.reviews(), day.confluence());
    }

    static ChaosDayPage needsAuthorisation() {
        return page("Payments Chaos Day", List.of("Payments", "Search", "Checkout"), true, false,
                new ConfluenceView(ConfluenceView.State.AUTHORISATION_NEEDED, "Team wiki",
                        JIRA + "/plugins/servlet/applinks/oauth/login-dance/authorize?applicationLinkID=1", false));
    }

    /** Every text a person or Jira could have written replaced by {@code marked(text)}. */
    static ChaosDayPage hostile(String markup) {
        String m = markup;
        DefinitionView definition = new DefinitionView(m, m, m, 1, List.of(m, m + "2"), List.of(m), List.of("SAT", m), false);
        Link link = new Link(m, "javascript:" + m);
        StatusView status = new StatusView("chaosday.page.when.in-days", 5,
                List.of(new PhaseRow("chaosday.page.phase.plan", m, 1, 2, m, link, true)),
                List.of(new TicketRow(link, m, m, m)), List.of(new TicketRow(link, m, m, "")));
        return new ChaosDayPage(m, m, definition, true, m, status, "<html><body>" + m + "</body></html>",
                List.of(new ExperimentRow(link, m, m, m, "chaosday.page.outcome.not-run", m)),
                List.of(new ReviewRow(link, m, false, link)),
                new ConfluenceView(ConfluenceView.State.LINKED, m, m, true));
    }

    private static ChaosDayPage page(String name, List<String> teams, boolean admin, boolean provisional,
                                     ConfluenceView confluence) {
        LocalDate chaosDay = LocalDate.parse(provisional ? "2027-04-07" : "2027-03-10");
        List<String> holidays = provisional ? List.of() : List.of("2027-03-01");
        DefinitionView definition = new DefinitionView(name, chaosDay.toString(), "Wednesday", 1, teams,
                holidays, List.of("SAT", "SUN"), provisional);
        String timeline = new HtmlTimeline().render(Scheduler.withDefaults().schedule(new ChaosDaySpec(name, chaosDay, 1, teams,
                WorkingCalendar.mondayToFriday().withHolidays(holidays.stream().map(LocalDate::parse)
                        .collect(java.util.stream.Collectors.toSet())))), TODAY);
        if (provisional) {
            return new ChaosDayPage("CHAOS", "Chaos Day", definition, admin, "/rest/chaosday/1.0/project/CHAOS",
                    new StatusView("chaosday.page.when.in-days", 42, List.of(
                            phase("plan", 0, 6, "2027-04-06", "CHAOS-1", true),
                            phase("execute", 0, 1, "2027-04-07", "CHAOS-2", false),
                            phase("review", 0, 1, "2027-04-12", "CHAOS-3", false),
                            phase("share", 0, 1, "2027-04-26", "CHAOS-4", false)),
                            List.of(), List.of(ticket("CHAOS-5", "Choose the target services, teams and dates", "2027-03-15", ""),
                                    ticket("CHAOS-6", "Kick-off and what-if session", "2027-03-22", ""))),
                    timeline, List.of(), List.of(new ReviewRow(issue("CHAOS-12"), "Team 1", false, null)), confluence);
        }
        StatusView status = new StatusView("chaosday.page.when.in-days", 14, List.of(
                phase("plan", 2, 8, "2027-03-09", "CHAOS-1", true),
                phase("execute", 0, 3, "2027-03-10", "CHAOS-2", false),
                phase("review", 0, 4, "2027-03-17", "CHAOS-3", false),
                phase("share", 0, 1, "2027-03-31", "CHAOS-4", false)),
                List.of(ticket("CHAOS-7", "Kick-off and what-if session for Search", "2027-02-22", ""),
                        ticket("CHAOS-10", "Name the Agents of Chaos", "2027-02-23", "Dana Whitfield")),
                List.of(ticket("CHAOS-11", "Shortlist the experiments", "2027-02-24", "Dana Whitfield"),
                        ticket("CHAOS-12", "Confirm with stakeholders and announce", "2027-03-03", "Priya Natarajan"),
                        ticket("CHAOS-13", "Prepare the experiments", "2027-03-09", "")));
        List<ExperimentRow> experiments = List.of(
                new ExperimentRow(issue("CHAOS-19"), "Payments API loses its database and fails over within 30 s", "Alice Moreau",
                        "Payments", "chaosday.page.outcome.resolved-by-team", "success"),
                new ExperimentRow(issue("CHAOS-20"), "Search cache eviction storm slows queries but nothing fails", "Bob Okafor",
                        "Search", "chaosday.page.outcome.in-progress", "current"),
                new ExperimentRow(issue("CHAOS-21"), "Checkout <beta> loses the fraud service & degrades to manual review",
                        "Chen Li", "Checkout", "chaosday.page.outcome.not-run", "default"));
        List<ReviewRow> reviews = List.of(
                new ReviewRow(issue("CHAOS-15"), "Payments", true,
                        new Link("Post-incident review: Payments", "https://wiki.example.com/pages/viewpage.action?pageId=98765")),
                new ReviewRow(issue("CHAOS-16"), "Search", false, null),
                new ReviewRow(issue("CHAOS-17"), "Checkout", false, null),
                new ReviewRow(issue("CHAOS-18"), "Team of teams", false, null));
        return new ChaosDayPage("CHAOS", "Payments Chaos Day", definition, admin, "/rest/chaosday/1.0/project/CHAOS",
                status, timeline, experiments, reviews, confluence);
    }

    private static PhaseRow phase(String phase, int done, int total, String due, String epic, boolean current) {
        return new PhaseRow("chaosday.page.phase." + phase, phase, done, total, due, issue(epic), current);
    }

    private static TicketRow ticket(String key, String summary, String due, String assignee) {
        return new TicketRow(issue(key), summary, due, assignee);
    }

    private static Link issue(String key) {
        return new Link(key, JIRA + "/browse/" + key);
    }
}
