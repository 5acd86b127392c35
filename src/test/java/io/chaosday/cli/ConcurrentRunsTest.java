package io.chaosday.cli;

import static org.junit.Assert.assertEquals;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.Scheduler;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.reliability.Figures;
import io.chaosday.reliability.JiraState;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.ChaosDayId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.AfterClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Several runs of one command on the same Chaos Day at the same moment, over HTTP against a local
 * Jira, repeated: every trial must end with exactly the plan, each issue once, on its date.
 */
public class ConcurrentRunsTest {

    /** Trials per command; each starts its runs together on a barrier. */
    private static final int TRIALS = Integer.getInteger("chaosday.concurrency.trials", 6);
    private static final int RUNS = 3;
    private static final ChaosDayId ID = ChaosDayId.fromName("Chaos Day");
    private static final Map<String, int[]> TOTALS = new java.util.TreeMap<>();
    private static int deleted;
    private static int moved;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static ChaosDayPlan plan(String date) {
        return Scheduler.withDefaults().schedule(new ChaosDaySpec("Chaos Day", LocalDate.parse(date), 1,
                ChaosDaySpec.numberedTeams(3), WorkingCalendar.mondayToFriday()));
    }

    private static String[] withJira(LocalJira jira, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--jira", jira.base().toString(), "--project", "CHAOS"));
        return all.toArray(String[]::new);
    }

    private static CliRun run(LocalJira jira, String... args) {
        return CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", "concurrency-token"),
                new RestConnections(), withJira(jira, args));
    }

    /** Starts {@code RUNS} runs of the command at once; each must succeed. */
    private static void together(LocalJira jira, String... args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RUNS);
        try {
            CyclicBarrier start = new CyclicBarrier(RUNS);
            List<Future<CliRun>> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return run(jira, args);
                }));
            }
            for (Future<CliRun> r : runs) {
                CliRun done = r.get();
                assertEquals(done.out() + done.err(), 0, done.exit());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void check(String what, int trial, JiraState state, List<String> problems) {
        int[] totals = TOTALS.computeIfAbsent(what, k -> new int[3]);
        totals[0]++;
        totals[1] += state.duplicates();
        totals[2] += (int) problems.stream().filter(p -> p.endsWith(" 0 times")).count();
        assertEquals(what + ", trial " + trial + ": " + problems, List.of(), problems);
    }

    @AfterClass
    public static void printFigures() {
        TOTALS.forEach((what, t) -> Figures.report("concurrency " + what,
                t[0] + " trials of " + RUNS + " runs at once, " + t[1] + " duplicates, " + t[2] + " missing"));
        Figures.report("concurrency create", "copies that lost and were deleted by their run: " + deleted
                + "; tickets moved under the surviving epic: " + moved);
    }

    @Test
    public void createsAtTheSameMomentEndWithEachIssueOnce() throws Exception {
        for (int trial = 1; trial <= TRIALS; trial++) {
            try (LocalJira jira = new LocalJira(5)) {
                together(jira, "create", "--chaos-day", "2027-03-10", "--teams", "3");
                deleted += (int) jira.log().stream().filter(l -> l.startsWith("DELETE /rest/api/2/issue/")).count();
                moved += (int) jira.log().stream().filter(l -> l.startsWith("PUT /rest/api/2/issue/")).count();
                check("create", trial, JiraState.of(jira, ID),
                        JiraState.of(jira, ID).differencesFrom(plan("2027-03-10"), ID, Set.of()));
            }
        }
    }

    @Test
    public void reschedulesAtTheSameMomentEndWithEveryDateRight() throws Exception {
        for (int trial = 1; trial <= TRIALS; trial++) {
            try (LocalJira jira = new LocalJira(5)) {
                assertEquals(0, run(jira, "create", "--chaos-day", "2027-03-10", "--teams", "3").exit());
                together(jira, "reschedule", "--chaos-day", "2027-03-24");
                check("reschedule", trial, JiraState.of(jira, ID),
                        JiraState.of(jira, ID).differencesFrom(plan("2027-03-24"), ID, Set.of()));
            }
        }
    }

    @Test
    public void experimentAddsAtTheSameMomentAddEachExperimentOnce() throws Exception {
        Path file = tmp.newFile("experiments.yaml").toPath();
        Files.writeString(file, "experiments:\n"
                + "  - {title: Search loses its cache, rollback: restart it, owner: Bob}\n"
                + "  - {title: Payments loses its database, rollback: start it, owner: Alice}\n"
                + "  - {title: DNS answers slowly, rollback: restore the resolver, owner: Carol}\n");
        Set<String> experiments = Set.of("experiment/search-loses-its-cache-052387a7", "experiment/payments-loses-its-database-f841e4f0",
                "experiment/dns-answers-slowly-0d603be9");
        for (int trial = 1; trial <= TRIALS; trial++) {
            try (LocalJira jira = new LocalJira(5)) {
                assertEquals(0, run(jira, "create", "--chaos-day", "2027-03-10", "--teams", "3").exit());
                together(jira, "experiments", "add", "--file", file.toString());
                check("experiments add", trial, JiraState.of(jira, ID),
                        JiraState.of(jira, ID).differencesFrom(plan("2027-03-10"), ID, experiments));
            }
        }
    }
}
