package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.http.Credentials;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.rest.OpenApiContract;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.http.Timeouts;
import io.chaosday.stub.LocalJira;
import io.chaosday.stub.LocalJira.Fault;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.ExperimentsFile;
import io.chaosday.workflow.day.DayLog;
import io.chaosday.workflow.runlog.LogEntry;
import io.chaosday.workflow.runlog.LogKind;
import io.chaosday.workflow.runlog.LogMarker;
import io.chaosday.workflow.runlog.RunLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Several Agents of Chaos log one experiment at once over real HTTP while answers are lost after
 * the write and 503s come in bursts: every entry ends up in Jira exactly once.
 */
public class RunLogUnderFaultsTest {

    private static final ChaosDayId ID = ChaosDayId.fromName("Chaos Day");
    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final Clock LATE_ON_THE_DAY = Clock.fixed(Instant.parse("2027-03-10T16:00:00Z"), ZONE);

    private LocalJira jira;
    private String experiment;

    private JiraRestTracker tracker() {
        return JiraRestTracker.connect(RestClient.builder(jira.base(), new Credentials.Bearer("t", "test"))
                .timeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)))
                .sleeper(new RecordingSleeper()).build());
    }

    @Before
    public void aStartedExperiment() throws Exception {
        jira = new LocalJira(0);
        JiraRestTracker tracker = tracker();
        new CreateChaosDay(tracker).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), ChaosDayDefinition.withDefaults(
                new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1, List.of("Payments", "Search"),
                        WorkingCalendar.mondayToFriday())), false), Progress.SILENT);
        experiment = new ChaosDayExperiments(tracker).add("CHAOS", ID, ExperimentsFile.parse("experiments:\n"
                + ReadyCommandTest.card("Payments loses its database", "Payments", "Alice"), "experiments.yaml"), false,
                Progress.SILENT).created().get(0).key();
        write(tracker, new DayLog.Request(experiment, LogKind.START, "", Optional.of(LocalTime.parse("10:00")), false));
    }

    @After
    public void stop() {
        jira.close();
    }

    @After
    public void everyRequestAndAnswerFollowsTheContract() {
        OpenApiContract.jiraDataCenter().assertHonoured(jira.exchanges());
    }

    private static DayLog.Written write(JiraRestTracker tracker, DayLog.Request request) {
        ChaosDayIssues found = ChaosDayFinder.withCardsAndPages(tracker).find("CHAOS", ID);
        return new DayLog(tracker, LATE_ON_THE_DAY).write(found, ZONE, request);
    }

    @Test
    public void fourAgentsLoggingAtOnceThroughLostAnswersLeaveEveryEntryExactlyOnce() throws Exception {
        String comments = "POST /rest/api/2/issue/" + experiment + "/comment";
        jira.failNext(comments, Fault.DROP_AFTER_WRITE, Fault.UNAVAILABLE, Fault.DROP_AFTER_WRITE, Fault.DROP_AFTER_WRITE,
                Fault.UNAVAILABLE, Fault.DROP_AFTER_WRITE);
        jira.failNext("GET /rest/api/2/issue/" + experiment + "/comment", Fault.UNAVAILABLE, Fault.TOO_MANY_REQUESTS);
        List<DayLog.Request> wanted = new ArrayList<>();
        int agents = 4;
        for (int agent = 0; agent < agents; agent++) {
            for (int minute = 1; minute <= 3; minute++) {
                wanted.add(new DayLog.Request(experiment, LogKind.NOTE, "agent " + agent + " note " + minute,
                        Optional.of(LocalTime.of(10, minute + agent * 3)), false));
            }
        }
        // Two agents see the same thing at the same minute and both log it: one entry.
        DayLog.Request seenTwice = new DayLog.Request(experiment, LogKind.DETECTED, "Latency alert fired",
                Optional.of(LocalTime.parse("10:04")), false);
        ExecutorService pool = Executors.newFixedThreadPool(agents);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int agent = 0; agent < agents; agent++) {
            List<DayLog.Request> mine = new ArrayList<>(wanted.subList(agent * 3, agent * 3 + 3));
            if (agent < 2) {
                mine.add(1, seenTwice);
            }
            runs.add(pool.submit(() -> {
                JiraRestTracker own = tracker(); // each Agent runs their own process, with their own connection
                go.await();
                for (DayLog.Request request : mine) {
                    write(own, request);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        assertEquals("every planned fault was met", 0, jira.faultsLeft());

        RunLog log = new DayLog(tracker(), LATE_ON_THE_DAY).read(experiment);
        Set<String> expected = wanted.stream().map(r -> r.text()).collect(Collectors.toCollection(TreeSet::new));
        expected.add("Latency alert fired");
        expected.add("");
        List<String> texts = log.entries().stream().map(LogEntry::text).toList();
        assertEquals("no entry twice: " + texts, texts.size(), new TreeSet<>(texts).size());
        assertEquals(expected, new TreeSet<>(texts));
        // Jira itself holds each entry once: copies written at the same moment were deleted.
        List<String> ids = jira.commentBodies(experiment).stream().map(b -> b.replaceAll("(?s).*entry=([0-9a-f]+).*", "$1")).toList();
        assertEquals(ids.toString(), log.entries().size(), ids.size());
        assertEquals(log.entries().size(), new TreeSet<>(ids).size());
        assertTrue(ids.contains(LogMarker.id(experiment, LogKind.DETECTED, Instant.parse("2027-03-10T10:04:00Z"), "Latency alert fired")));
    }

    @Test
    public void twoAgentsStartingTheSameExperimentAtOnceLeaveOneStart() throws Exception {
        String second = new ChaosDayExperiments(tracker()).add("CHAOS", ID, ExperimentsFile.parse("experiments:\n"
                + ReadyCommandTest.card("Search loses its cache", "Search", "Bob").replace("isolation: isolated", "isolation: parallel")
                        .replace("environment: staging", "environment: production"), "experiments.yaml"), false,
                Progress.SILENT).created().get(0).key();
        jira.failNext("POST /rest/api/2/issue/" + second + "/comment", Fault.DROP_AFTER_WRITE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<DayLog.Written>> runs = new ArrayList<>();
        for (String at : List.of("10:20", "10:21")) {
            runs.add(pool.submit(() -> {
                JiraRestTracker own = tracker();
                go.await();
                return write(own, new DayLog.Request(second, LogKind.START, "", Optional.of(LocalTime.parse(at)), false));
            }));
        }
        go.countDown();
        for (Future<DayLog.Written> run : runs) {
            run.get();
        }
        pool.shutdown();
        RunLog log = new DayLog(tracker(), LATE_ON_THE_DAY).read(second);
        assertEquals(1, log.entries().size());
        assertEquals(1, jira.commentBodies(second).size());
    }
}
