package io.chaosday.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.http.Credentials;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.http.RestClient;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.review.Experiment;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.link.Urls;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.ExperimentsFile;
import io.chaosday.workflow.PlannedIssue;
import io.chaosday.workflow.PlannedIssues;
import io.chaosday.workflow.PublishReviews;
import io.chaosday.workflow.SamplePreviews;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * A Chaos Day at scale: 100 teams created, 600 experiments added, 100 review pages (and the two
 * roll-up pages) published, against local stubs that answer every request after 50 ms. Each step is
 * measured for requests, wall time and peak heap, next to a naive client measured in the same run
 * that sends one request per issue, experiment or page, one after another, through the same HTTP
 * client. Run by bench/scale.sh; prints figures and asserts nothing but that each run did its work.
 */
public final class ScaleBenchmark {

    private static final int TEAMS = 100;
    private static final int EXPERIMENTS_PER_TEAM = 6;
    private static final long LATENCY_MILLIS = 50;
    private static final LocalDate TODAY = LocalDate.parse("2027-03-24");
    private static final String NAME = "Scale Chaos Day";

    public static void main(String[] args) throws Exception {
        ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec(NAME, LocalDate.parse("2027-03-10"), 1,
                ChaosDaySpec.numberedTeams(TEAMS), WorkingCalendar.mondayToFriday()));
        ChaosDayId id = ChaosDayId.fromName(NAME);
        List<PlannedIssue> planned = PlannedIssues.of(definition, id);
        List<Experiment> experiments = ExperimentsFile.parse(experimentsFile(definition.teams()), "experiments.yaml");
        System.out.printf("%d teams: %d planned issues, %d experiments, %d review pages + 2 roll-up pages; every request answered"
                + " after %d ms; heap limit %d MB%n", TEAMS, planned.size(), experiments.size(), TEAMS, LATENCY_MILLIS,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        warmUp();

        try (LocalJira jira = new LocalJira(LATENCY_MILLIS); LocalJira naiveJira = new LocalJira(LATENCY_MILLIS)) {
            JiraRestTracker tracker = JiraRestTracker.connect(client(jira.base()));
            Figure create = measure(jira::requests, () -> {
                var report = new CreateChaosDay(tracker).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false),
                        Progress.SILENT);
                check(report.created().size() == planned.size(), "created " + report.created().size() + " of " + planned.size());
            });
            Naive naive = new Naive(client(naiveJira.base()));
            Figure naiveCreate = measure(naiveJira::requests, () -> planned.forEach(naive::create));
            row("create: " + planned.size() + " issues", create, naiveCreate, (planned.size() + 49) / 50 + 7);

            Figure add = measure(jira::requests, () -> {
                var added = new ChaosDayExperiments(tracker).add("CHAOS", id, experiments, false, Progress.SILENT);
                check(added.created().size() == experiments.size(), "added " + added.created().size() + " of " + experiments.size());
            });
            Figure naiveAdd = measure(naiveJira::requests, () -> experiments.forEach(naive::addExperiment));
            row("experiments add: " + experiments.size(), add, naiveAdd, -1);
        }

        SamplePreviews.Sample ours = SamplePreviews.sample(TEAMS);
        SamplePreviews.Sample theirs = SamplePreviews.sample(TEAMS);
        try (LocalConfluence confluence = new LocalConfluence().latency(LATENCY_MILLIS);
             LocalConfluence naiveConfluence = new LocalConfluence().latency(LATENCY_MILLIS)) {
            PublishReviews publish = new PublishReviews(ours.jira(), new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example.com"))));
            ConfluenceRestWiki wiki = ConfluenceRestWiki.over(client(confluence.base()), ConfluenceSite.Deployment.DATA_CENTER);
            Figure published = measure(() -> confluence.requests().size(), () -> publish.publish("CHAOS", ours.found(), ours.name(), wiki,
                    new PublishReviews.Target("CHAOS", Optional.empty(), false, false), TODAY, Progress.SILENT, PublishReviews.Events.NONE));
            PublishBenchmark.PerSection perSection = new PublishBenchmark.PerSection(client(naiveConfluence.base()), theirs, publish);
            Figure naivePublish = measure(() -> naiveConfluence.requests().size(), perSection::publish);
            row("publish: " + (TEAMS + 2) + " pages", published, naivePublish, -1);
        }
    }

    /** Every step once on a small Chaos Day, so class loading and the JIT are not measured. */
    private static void warmUp() throws Exception {
        ChaosDayDefinition small = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Warm-up Day", LocalDate.parse("2027-03-10"), 1,
                ChaosDaySpec.numberedTeams(3), WorkingCalendar.mondayToFriday()));
        try (LocalJira jira = new LocalJira(0)) {
            JiraRestTracker tracker = JiraRestTracker.connect(client(jira.base()));
            new CreateChaosDay(tracker).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), small, false), Progress.SILENT);
            new ChaosDayExperiments(tracker).add("CHAOS", ChaosDayId.fromName("Warm-up Day"),
                    ExperimentsFile.parse(experimentsFile(small.teams()), "warm-up.yaml"), false, Progress.SILENT);
            Naive naive = new Naive(client(jira.base()));
            PlannedIssues.of(small, ChaosDayId.fromName("Warm-up Day")).forEach(naive::create);
        }
        SamplePreviews.Sample sample = SamplePreviews.sample(3);
        try (LocalConfluence confluence = new LocalConfluence()) {
            PublishReviews publish = new PublishReviews(sample.jira(), new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example.com"))));
            publish.publish("CHAOS", sample.found(), sample.name(), ConfluenceRestWiki.over(client(confluence.base()),
                    ConfluenceSite.Deployment.DATA_CENTER), new PublishReviews.Target("CHAOS", Optional.empty(), false, false), TODAY,
                    Progress.SILENT, PublishReviews.Events.NONE);
        }
    }

    private record Figure(int requests, long millis, long peakHeapBytes) {
    }

    /**
     * Requests, wall time and the highest heap in use while {@code run} ran, sampled every
     * millisecond after a collection. The stubs live in the same JVM, so their store counts too.
     */
    private static Figure measure(IntSupplier requests, Runnable run) throws InterruptedException {
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        int before = requests.getAsInt();
        long start = System.nanoTime();
        sampler.start();
        run.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return new Figure(requests.getAsInt() - before, millis, peak.get());
    }

    private static void row(String what, Figure ours, Figure naive, int requestTarget) {
        System.out.printf("%-26s chaosday: %5d requests %,9d ms peak heap %4d MB | naive sequential: %5d requests %,9d ms"
                        + " peak heap %4d MB | %5.1fx faster%s%n",
                what, ours.requests(), ours.millis(), mb(ours.peakHeapBytes()), naive.requests(), naive.millis(),
                mb(naive.peakHeapBytes()), (double) naive.millis() / ours.millis(),
                requestTarget < 0 ? "" : "; request target <= " + requestTarget);
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static RestClient client(URI base) {
        return RestClient.builder(base, new Credentials.Bearer("bench", "bench")).build();
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark run is not valid: " + what);
        }
    }

    private static String experimentsFile(List<String> teams) {
        StringBuilder yaml = new StringBuilder("experiments:\n");
        for (String team : teams) {
            for (int n = 1; n <= EXPERIMENTS_PER_TEAM; n++) {
                yaml.append("""
                          - title: %1$s service %2$d loses its primary database and fails over within 30 s
                            component: %1$s service %2$d
                            failure: {what: primary database stopped, where: staging, how: stop the instance}
                            rollback: start the instance again
                            owner: agent%2$d
                            team: %1$s
                        """.formatted(team, n));
            }
        }
        return yaml.toString();
    }

    /**
     * The naive client: one request per issue or experiment, each waiting for the one before, with
     * the same work per experiment as the tool (create, assign its owner, read it back, record its card).
     */
    private static final class Naive {
        private final RestClient client;

        Naive(RestClient client) {
            this.client = client;
        }

        void create(PlannedIssue issue) {
            post(issue.issue().summary(), issue.epic(), issue.due().toString());
        }

        void addExperiment(Experiment experiment) {
            String key = post(experiment.title(), false, "2027-03-10");
            client.get(Urls.path("rest", "api", "2", "user", "search").query("username", experiment.owner()));
            ObjectNode assignee = client.json().createObjectNode().put("name", experiment.owner());
            client.put(Urls.path("rest", "api", "2", "issue").segment(key).segment("assignee"), assignee);
            client.get(Urls.path("rest", "api", "2", "issue").segment(key).query("fields", "description,duedate,assignee,security"));
            ObjectNode card = client.json().createObjectNode().put("title", experiment.title()).put("team", experiment.team());
            client.put(Urls.path("rest", "api", "2", "issue").segment(key).segment("properties").segment("io.chaosday.experiment"), card);
        }

        private String post(String summary, boolean epic, String due) {
            ObjectNode body = client.json().createObjectNode();
            ObjectNode fields = body.putObject("fields");
            fields.putObject("project").put("key", "CHAOS");
            fields.putObject("issuetype").put("id", epic ? "10000" : "10001");
            fields.put("summary", summary);
            fields.put("duedate", due);
            return client.post(Urls.path("rest", "api", "2", "issue"), body).path("key").asText();
        }
    }
}
