package io.chaosday.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.Scheduler;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.http.Credentials;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.http.RestClient;
import io.chaosday.link.Urls;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.PlannedIssue;
import io.chaosday.workflow.PlannedIssues;
import io.chaosday.workflow.RescheduleChaosDay;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Creating and rescheduling a 25-team Chaos Day against a local Jira that answers every request
 * after 50 ms, next to a naive baseline measured in the same run: one request per issue, one
 * after another. Run by bench/jira.sh; prints figures and asserts nothing.
 */
public final class JiraBenchmark {

    private static final int TEAMS = 25;
    private static final long LATENCY_MILLIS = 50;

    public static void main(String[] args) throws Exception {
        ChaosDayPlan plan = plan("Bench Chaos Day", "2027-05-12");
        ChaosDayId id = ChaosDayId.fromName(plan.name());
        List<PlannedIssue> planned = PlannedIssues.of(plan, id);
        int issues = planned.size();
        System.out.printf("%d teams: %d issues; every request answered after %d ms%n", TEAMS, issues, LATENCY_MILLIS);

        try (LocalJira jira = new LocalJira(LATENCY_MILLIS)) {
            JiraRestTracker tracker = JiraRestTracker.connect(RestClient.builder(jira.base(), new Credentials.Bearer("bench", "bench")).build());
            Baseline baseline = new Baseline(jira.base());
            warmUp(tracker, baseline);
            jira.resetCount();
            long start = System.nanoTime();
            // A new connection, as a user's run has: site detection and field discovery count too.
            tracker = JiraRestTracker.connect(RestClient.builder(jira.base(), new Credentials.Bearer("bench", "bench")).build());
            var report = new CreateChaosDay(tracker).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), ChaosDayDefinition.withDefaults(plan.spec()), false),
                    Progress.SILENT);
            long createMillis = millis(start);
            int createRequests = jira.requests();
            if (System.getenv("BENCH_LOG") != null) {
                jira.log().forEach(System.out::println);
            }
            check(report.created().size() == issues, "created " + report.created().size() + " of " + issues);

            jira.resetCount();
            start = System.nanoTime();
            var found = new ChaosDayFinder(tracker).find("CHAOS", id);
            var moved = new RescheduleChaosDay(tracker).run("CHAOS", found, plan("Bench Chaos Day", "2027-05-19"), false, Progress.SILENT);
            long rescheduleMillis = millis(start);
            int rescheduleRequests = jira.requests();
            check(moved.moved().size() == issues, "moved " + moved.moved().size() + " of " + issues);

            jira.resetCount();
            start = System.nanoTime();
            for (PlannedIssue issue : planned) {
                baseline.create(issue);
            }
            long naiveCreateMillis = millis(start);
            int naiveCreateRequests = jira.requests();
            jira.resetCount();
            start = System.nanoTime();
            int firstNaive = jira.issueCount() - issues + 1;
            for (int n = firstNaive; n < firstNaive + issues; n++) {
                baseline.moveDueDate("CHAOS-" + n, "2027-05-19");
            }
            long naiveRescheduleMillis = millis(start);
            int naiveRescheduleRequests = jira.requests();

            int target = (issues + 49) / 50 + 7;
            System.out.printf("create      chaosday: %3d requests %6d ms | naive: %3d requests %6d ms | %5.1fx faster; target <= %d requests, >= 10x%n",
                    createRequests, createMillis, naiveCreateRequests, naiveCreateMillis, (double) naiveCreateMillis / createMillis, target);
            System.out.printf("reschedule  chaosday: %3d requests %6d ms | naive: %3d requests %6d ms | %5.1fx faster; target >= 5x%n",
                    rescheduleRequests, rescheduleMillis, naiveRescheduleRequests, naiveRescheduleMillis,
                    (double) naiveRescheduleMillis / rescheduleMillis);
        }
    }

    private static ChaosDayPlan plan(String name, String date) {
        return Scheduler.withDefaults().schedule(new ChaosDaySpec(name, LocalDate.parse(date), 1,
                ChaosDaySpec.numberedTeams(TEAMS), WorkingCalendar.mondayToFriday()));
    }

    /** Both clients run once first, so neither is timed while the JVM loads and compiles its code. */
    private static void warmUp(JiraRestTracker tracker, Baseline baseline) throws Exception {
        ChaosDayPlan warm = plan("Warm-up Chaos Day", "2027-05-12");
        ChaosDayId id = ChaosDayId.fromName(warm.name());
        new CreateChaosDay(tracker).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), ChaosDayDefinition.withDefaults(warm.spec()), false), Progress.SILENT);
        new RescheduleChaosDay(tracker).run("CHAOS", new ChaosDayFinder(tracker).find("CHAOS", id),
                plan("Warm-up Chaos Day", "2027-05-19"), false, Progress.SILENT);
        List<PlannedIssue> some = PlannedIssues.of(warm, id).subList(0, 5);
        for (PlannedIssue issue : some) {
            baseline.create(issue);
        }
        baseline.moveDueDate("CHAOS-1", "2027-05-20");
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark run is not valid: " + what);
        }
    }

    /**
     * The naive client: one request per issue, each waiting for the one before. It sends through
     * the same {@link RestClient} as the tool, so only the strategy differs, not the HTTP stack.
     */
    private static final class Baseline {
        private final RestClient client;

        Baseline(URI base) {
            client = RestClient.builder(base, new Credentials.Bearer("bench", "bench")).build();
        }

        void create(PlannedIssue issue) {
            ObjectNode body = client.json().createObjectNode();
            ObjectNode fields = body.putObject("fields");
            fields.putObject("project").put("key", "CHAOS");
            fields.putObject("issuetype").put("id", issue.epic() ? "10000" : "10001");
            fields.put("summary", issue.issue().summary());
            fields.put("duedate", issue.due().toString());
            client.post(Urls.path("rest", "api", "2", "issue"), body);
        }

        void moveDueDate(String key, String due) {
            ObjectNode body = client.json().createObjectNode();
            body.putObject("fields").put("duedate", due);
            client.put(Urls.path("rest", "api", "2", "issue").segment(key), body);
        }
    }
}
