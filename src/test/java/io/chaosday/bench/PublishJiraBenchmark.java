package io.chaosday.bench;

import io.chaosday.http.Credentials;
import io.chaosday.http.RestClient;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.rest.LoggedChaosDay;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.site.JiraSite;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.PageAction;
import io.chaosday.workflow.PublishReviews;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What publishing costs Jira: a 20-team and a 100-team Chaos Day published to a local Confluence,
 * first publish and re-publish with nothing changed, against a local Jira Data Center that answers
 * every request after 50 ms. Next to it, in the same run and through the same HTTP client against
 * a Jira of its own, the approach this replaced, request for request: every page id read from its
 * ticket's property, every review's description read on its own, and per page published a write
 * of the ticket's page property and of its remote link. Confluence is not counted here
 * (bench/publish.sh measures it). Then a 20-team Chaos Day with 40 experiments whose run logs are
 * read in bulk, next to the same publish reading each experiment's comments on their own. Prints
 * figures; asserts nothing but that each run did its work.
 */
public final class PublishJiraBenchmark {

    private static final long LATENCY_MILLIS = 50;
    private static final String NAME = "Publish Bench Day";
    private static final LocalDate TODAY = LocalDate.parse("2027-03-24");

    public static void main(String[] args) throws Exception {
        System.out.printf("Jira requests of publish; every Jira request answered after %d ms%n", LATENCY_MILLIS);
        measure(3, false); // class loading and the JIT, not printed
        System.out.printf("%-40s %-28s %-28s%n", "", "this release", "page property per ticket");
        for (int teams : new int[] {20, 100}) {
            measure(teams, true);
        }
        System.out.printf("%n%-40s %-28s %-28s%n", "", "this release", "a comment read per experiment");
        measureExperiments();
    }

    private static final int EXPERIMENT_TEAMS = 20;
    private static final int EXPERIMENTS = 40;

    /**
     * Publishing a 20-team Chaos Day whose 40 experiments have run logs, first and again with
     * nothing changed; next to it, on a Jira of its own, the same publish with each experiment's
     * comments read on their own (the port's one-by-one default, as before the bulk read).
     */
    private static void measureExperiments() throws Exception {
        try (LocalJira jira = new LocalJira(0); LocalJira baselineJira = new LocalJira(0);
             LocalConfluence confluence = new LocalConfluence(); LocalConfluence baselineConfluence = new LocalConfluence()) {
            LoggedChaosDay.create(tracker(jira), NAME, EXPERIMENT_TEAMS, EXPERIMENTS);
            LoggedChaosDay.create(tracker(baselineJira), NAME, EXPERIMENT_TEAMS, EXPERIMENTS);
            jira.latency(LATENCY_MILLIS);
            baselineJira.latency(LATENCY_MILLIS);
            Figure first = figure(jira, () -> check(publish(tracker(jira), confluence), PageAction.CREATED, EXPERIMENT_TEAMS));
            Figure firstBaseline = figure(baselineJira, () -> check(publish(commentsOneByOne(tracker(baselineJira)),
                    baselineConfluence), PageAction.CREATED, EXPERIMENT_TEAMS));
            Figure again = figure(jira, () -> check(publish(tracker(jira), confluence), PageAction.UNCHANGED, EXPERIMENT_TEAMS));
            Figure againBaseline = figure(baselineJira, () -> check(publish(commentsOneByOne(tracker(baselineJira)),
                    baselineConfluence), PageAction.UNCHANGED, EXPERIMENT_TEAMS));
            String what = EXPERIMENT_TEAMS + " teams, " + EXPERIMENTS + " logged experiments";
            row(what + ", first", first, firstBaseline, comments(first, firstBaseline));
            row(what + ", again", again, againBaseline, comments(again, againBaseline));
        }
    }

    private static String comments(Figure ours, Figure baseline) {
        return ours.commentReads() + " and " + baseline.commentReads() + " of them comment reads";
    }

    /** The tracker with its bulk read of comments taken away: the port's default reads each issue's on its own. */
    private static IssueTracker commentsOneByOne(JiraRestTracker tracker) {
        return (IssueTracker) Proxy.newProxyInstance(IssueTracker.class.getClassLoader(), new Class<?>[] {IssueTracker.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commentsOf")) {
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    try {
                        return method.invoke(tracker, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void measure(int teams, boolean print) throws Exception {
        try (LocalJira jira = new LocalJira(0); LocalJira baselineJira = new LocalJira(0);
             LocalConfluence confluence = new LocalConfluence()) {
            create(jira, teams);
            create(baselineJira, teams);
            jira.latency(LATENCY_MILLIS);
            baselineJira.latency(LATENCY_MILLIS);
            PerTicket baseline = new PerTicket(tracker(baselineJira));

            Figure first = figure(jira, () -> check(publish(jira, confluence), PageAction.CREATED, teams));
            Figure firstBaseline = figure(baselineJira, baseline::publish);
            Figure again = figure(jira, () -> check(publish(jira, confluence), PageAction.UNCHANGED, teams));
            Figure againBaseline = figure(baselineJira, baseline::publish);
            if (print) {
                int pages = teams + 2;
                row(teams + " teams, first publish (" + pages + " pages)", first, firstBaseline,
                        "target <= " + (2 * pages + 5));
                row(teams + " teams, re-publish, nothing changed", again, againBaseline, "target <= 5");
            }
        }
    }

    private static void create(LocalJira jira, int teams) {
        new CreateChaosDay(tracker(jira)).run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                ChaosDayDefinition.withDefaults(new ChaosDaySpec(NAME, LocalDate.parse("2027-03-10"), 1,
                        ChaosDaySpec.numberedTeams(teams), WorkingCalendar.mondayToFriday())), false), Progress.SILENT);
    }

    /** A new connection per run, as a user's run has: its field discovery counts too. */
    private static PublishReviews.Report publish(LocalJira jira, LocalConfluence confluence) {
        return publish(tracker(jira), confluence);
    }

    private static PublishReviews.Report publish(IssueTracker tracker, LocalConfluence confluence) {
        var wiki = ConfluenceRestWiki.over(RestClient.builder(confluence.base(), new Credentials.Bearer("bench", "bench")).build(),
                ConfluenceSite.Deployment.DATA_CENTER);
        return new PublishReviews(tracker, new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))))
                .publish("CHAOS", ChaosDayFinder.forPublishing(tracker).findByName("CHAOS", Optional.of(NAME)), NAME, wiki,
                        new PublishReviews.Target("CHAOS", Optional.empty(), false, false), TODAY, Progress.SILENT,
                        PublishReviews.Events.NONE);
    }

    private static void check(PublishReviews.Report report, PageAction expected, int teams) {
        if (report.pages().size() != teams + 2 || !report.pages().stream().allMatch(p -> p.action() == expected)) {
            throw new IllegalStateException("benchmark run is not valid: " + report.pages());
        }
    }

    private static JiraRestTracker tracker(LocalJira jira) {
        return JiraRestTracker.connect(RestClient.builder(jira.base(), new Credentials.Bearer("bench", "bench")).build());
    }

    /** @param commentReads requests for one issue's comments */
    private record Figure(int requests, long millis, long commentReads) {
    }

    private static Figure figure(LocalJira jira, Runnable run) {
        jira.resetCount();
        long start = System.nanoTime();
        run.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Figure(jira.requests(), millis, jira.log().stream().filter(r -> r.endsWith("/comment")).count());
    }

    private static void row(String what, Figure ours, Figure baseline, String target) {
        System.out.printf("%-40s %5d requests %,7d ms   %5d requests %,7d ms   %5.1fx fewer requests; %s%n", what,
                ours.requests(), ours.millis(), baseline.requests(), baseline.millis(),
                (double) baseline.requests() / ours.requests(), target);
    }

    /**
     * The Jira side of publishing before the record, request for request: the search asking for the
     * page property of every review ticket and of the Share epic (read one issue at a time on Data
     * Center), each review's description read on its own, and for each page whose id the ticket did
     * not yet hold, the ticket's page property and its remote link written. Page ids stand for the
     * pages Confluence would give.
     */
    private static final class PerTicket {
        private final JiraRestTracker tracker;

        PerTicket(JiraRestTracker tracker) {
            this.tracker = tracker;
        }

        void publish() {
            ChaosDayIssues found = ChaosDayFinder.withCardsAndPages(tracker).findByName("CHAOS", Optional.of(NAME));
            int n = 0;
            for (Map.Entry<Item, TrackedIssue> entry : found.byItem().entrySet()) {
                boolean review = entry.getKey() instanceof Item.StepTicket ticket && ticket.isReview();
                boolean lessons = entry.getKey().key().equals("epic/share");
                if (!review && !lessons) {
                    continue;
                }
                TrackedIssue ticket = entry.getValue();
                if (review) {
                    tracker.description(ticket.key());
                }
                String pageId = String.valueOf(900_000 + n++);
                Optional<String> stored = ticket.property(IssueProperties.PAGE).map(p -> p.get("pageId"));
                if (!stored.equals(Optional.of(pageId))) {
                    tracker.setProperty(ticket.key(), IssueProperties.PAGE, Map.of("pageId", pageId));
                    tracker.addRemoteLink(ticket.key(), new RemoteLink("io.chaosday.page=" + ticket.key(),
                            URI.create("https://wiki.example/pages/viewpage.action?pageId=" + pageId), "page " + pageId));
                }
            }
        }
    }
}
