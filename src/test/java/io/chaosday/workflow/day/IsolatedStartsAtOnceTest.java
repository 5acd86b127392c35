package io.chaosday.workflow.day;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.Comment;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.ExperimentsFile;
import io.chaosday.workflow.FakeIssueTracker;
import io.chaosday.workflow.WorkflowException;
import io.chaosday.workflow.WorkflowFailure;
import io.chaosday.workflow.runlog.LogKind;
import io.chaosday.workflow.runlog.LogMarker;
import io.chaosday.workflow.runlog.RunLog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Two Agents of Chaos start the two isolated experiments of one environment at the same moment:
 * each checks the environment before the other's start is written, so both checks pass. Exactly
 * one experiment runs afterwards; the other is withdrawn and its Agent told which one runs.
 */
public class IsolatedStartsAtOnceTest {

    private static final Clock ON_THE_DAY = Clock.fixed(Instant.parse("2027-03-10T15:00:00Z"), ZoneOffset.UTC);

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final ExecutorService agents = Executors.newFixedThreadPool(2);
    private ChaosDayIssues found;
    private String payments;
    private String search;

    @Before
    public void twoIsolatedExperimentsInStaging() {
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), ChaosDayDefinition.withDefaults(
                new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1, List.of("Payments", "Search"),
                        WorkingCalendar.mondayToFriday())), false), Progress.SILENT);
        new ChaosDayExperiments(jira).add("CHAOS", jira.byItem("epic/execute").identity().orElseThrow().chaosDay(),
                ExperimentsFile.parse("experiments:\n" + card("Payments loses its database", "Payments")
                        + card("Search loses its cache", "Search"), "experiments.yaml"), false, Progress.SILENT);
        found = ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", Optional.empty());
        payments = key("Payments loses its database");
        search = key("Search loses its cache");
    }

    @After
    public void agentsGoHome() {
        agents.shutdownNow();
    }

    private static String card(String title, String team) {
        return "  - title: " + title + "\n    rollback: start it again\n    isolation: isolated\n    environment: staging\n"
                + "    owner: alice\n    team: " + team + "\n";
    }

    private String key(String title) {
        return jira.issues.values().stream().filter(i -> i.summary().equals(title)).findFirst().orElseThrow().key();
    }

    private Callable<Object> start(String experiment) {
        return () -> {
            try {
                return new DayLog(jira, ON_THE_DAY).write(found, ZoneOffset.UTC,
                        new DayLog.Request(experiment, LogKind.START, "", Optional.of(LocalTime.parse("10:02")), false));
            } catch (WorkflowException refused) {
                return refused.failure();
            }
        };
    }

    private List<Comment> starts() {
        List<Comment> starts = new ArrayList<>();
        for (String key : List.of(payments, search)) {
            jira.comments.getOrDefault(key, List.of()).stream()
                    .filter(c -> LogMarker.read(c).map(e -> e.kind() == LogKind.START).orElse(false)).forEach(starts::add);
        }
        return starts;
    }

    @Test
    public void ofTwoStartsCheckedBeforeEitherWasWrittenOneRunsAndTheOtherIsRefusedNamingIt() throws Exception {
        // Both have read the environment (nobody running) before either writes its start.
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        jira.beforeComment = () -> {
            try {
                bothChecked.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other start never came", e);
            }
        };

        Future<Object> first = agents.submit(start(payments));
        Future<Object> second = agents.submit(start(search));
        List<Object> outcomes = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        jira.beforeComment = () -> { };

        List<Object> refused = outcomes.stream().filter(o -> o instanceof WorkflowFailure).toList();
        assertEquals(outcomes.stream().map(o -> o instanceof DayLog.Written w ? w.experiment().key() + " started" : o.toString())
                .toList().toString(), 1, refused.size());
        WorkflowFailure.EnvironmentInUse inUse = (WorkflowFailure.EnvironmentInUse) refused.get(0);
        String winner = inUse.experiment().equals(payments) ? search : payments;
        assertEquals(List.of(winner + " '" + jira.issues.get(winner).summary() + "'"), inUse.running());
        assertEquals("staging", inUse.environment());
        assertEquals("one start stays in Jira", 1, starts().size());
        DayLog log = new DayLog(jira, ON_THE_DAY);
        assertEquals(RunLog.State.RUNNING, log.read(winner).state());
        assertEquals(RunLog.State.NOT_STARTED, log.read(inUse.experiment()).state());
        log.write(found, ZoneOffset.UTC, new DayLog.Request(winner, LogKind.STOP, "", Optional.empty(), false));
        DayLog.Written later = log.write(found, ZoneOffset.UTC, new DayLog.Request(inUse.experiment(), LogKind.START, "",
                Optional.empty(), false));
        assertTrue("the refused start is made once the other stops", !later.alreadyThere() && later.entry().kind() == LogKind.START);
    }

    @Test
    public void aForcedStartIsNeverWithdrawn() throws Exception {
        DayLog log = new DayLog(jira, ON_THE_DAY);
        log.write(found, ZoneOffset.UTC, new DayLog.Request(payments, LogKind.START, "", Optional.of(LocalTime.parse("10:02")), false));

        DayLog.Written forced = log.write(found, ZoneOffset.UTC,
                new DayLog.Request(search, LogKind.START, "", Optional.of(LocalTime.parse("10:03")), true));

        assertEquals(List.of(payments + " 'Payments loses its database'"), forced.overridden());
        assertEquals(2, starts().size());
    }
}
