package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.tracker.Comment;
import io.chaosday.workflow.FakeIssueTracker;
import io.chaosday.workflow.runlog.LogKind;
import io.chaosday.workflow.runlog.RunLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The run log commands: start, log, stop and halt, each a comment on the experiment's ticket, written once. */
public class RunLogCommandsTest {

    /** The Chaos Day, late afternoon in Berlin (UTC+1 in March). */
    static final Clock ON_THE_DAY = Clock.fixed(Instant.parse("2027-03-10T15:00:00Z"), ZoneId.of("Europe/Berlin"));

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private String payments;
    private String search;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--jira", "https://jira.example", "--project", "CHAOS"}, 0, all, args.length, 4);
        return CliRun.of(ON_THE_DAY, Map.of(), CliRun.connections(jira, null), all);
    }

    @Before
    public void aChaosDayWithTwoIsolatedExperimentsInStaging() throws Exception {
        assertEquals(0, run("create", "--chaos-day", "2027-03-10", "--team", "Payments", "--team", "Search", "--allow-past").exit());
        Path file = tmp.newFile().toPath();
        Files.writeString(file, "experiments:\n" + ReadyCommandTest.card("Payments loses its database", "Payments", "Alice")
                + ReadyCommandTest.card("Search loses its cache", "Search", "Bob"));
        assertEquals(0, run("experiments", "add", "--file", file.toString()).exit());
        payments = key("Payments loses its database");
        search = key("Search loses its cache");
    }

    private String key(String title) {
        return jira.issues.values().stream().filter(i -> i.summary().equals(title)).findFirst().orElseThrow().key();
    }

    private List<Comment> comments(String key) {
        return jira.comments.getOrDefault(key, List.of());
    }

    private void ok(CliRun run) {
        assertEquals(run.err(), 0, run.exit());
    }

    @Test
    public void aRunLogGivesTimeToDetectAndToRecoverInTheChaosDaysTimeZone() {
        ok(run("experiments", "start", payments, "--at", "10:02"));
        CliRun detected = run("experiments", "log", payments, "Latency alert fired", "--kind", "detected", "--at", "10:04");
        ok(detected);
        assertEquals(payments + "  logged detected at 10:04 (Europe/Berlin) by Alice  Payments loses its database\n",
                detected.out().replace(System.lineSeparator(), "\n"));
        ok(run("experiments", "log", payments, "Error rate back to normal", "--kind", "recovered", "--at", "10:09"));
        ok(run("experiments", "stop", payments, "--at", "10:15"));
        assertEquals(4, comments(payments).size());
        assertTrue(comments(payments).get(1).text(), comments(payments).get(1).text()
                .startsWith("Chaos Day log: detected at 10:04 (Europe/Berlin): Latency alert fired\nchaosday-log entry="));
        RunLog log = RunLog.of(comments(payments));
        assertEquals(Instant.parse("2027-03-10T09:02:00Z"), log.start().orElseThrow().at());
        assertEquals(Optional.of(Duration.ofMinutes(2)), log.timeToDetect());
        assertEquals(Optional.of(Duration.ofMinutes(7)), log.timeToRecover());
        assertEquals(RunLog.State.STOPPED, log.state());
    }

    @Test
    public void runningEachCommandAgainWritesNothingMore() {
        String[][] commands = {
            {"experiments", "start", payments, "--at", "10:02"},
            {"experiments", "log", payments, "Latency alert fired", "--kind", "detected", "--at", "10:04"},
            {"experiments", "log", payments, "Paged the on-call", "--kind", "responded"},
            {"experiments", "stop", payments, "--at", "10:15"}};
        for (String[] command : commands) {
            ok(run(command));
        }
        assertEquals(4, comments(payments).size());
        for (String[] command : commands) {
            CliRun again = run(command);
            ok(again);
            assertTrue(again.out(), again.out().contains("already") && again.out().contains("nothing written"));
        }
        assertEquals(4, comments(payments).size());
    }

    @Test
    public void aWriteWhoseAnswerWasLostIsFoundAndNotWrittenTwice() {
        ok(run("experiments", "start", payments, "--at", "10:02"));
        jira.loseCommentAnswers.set(1);
        ok(run("experiments", "log", payments, "Latency alert fired", "--kind", "detected"));
        assertEquals(0, jira.loseCommentAnswers.get());
        assertEquals(2, comments(payments).size());
        assertEquals(List.of(LogKind.START, LogKind.DETECTED),
                RunLog.of(comments(payments)).entries().stream().map(e -> e.kind()).toList());
    }

    @Test
    public void nothingIsLoggedOnAnExperimentThatHasNotStarted() {
        CliRun early = run("experiments", "log", payments, "Something odd", "--kind", "detected");
        assertEquals(2, early.exit());
        assertEquals("log: " + payments + " has not started; start it first with 'chaosday experiments start "
                + payments + "'\n", early.err().replace(System.lineSeparator(), "\n"));
        assertTrue(comments(payments).isEmpty());
    }

    @Test
    public void aTimeLaterThanNowOrBeforeTheStartOrNotATimeIsBadInput() {
        CliRun future = run("experiments", "start", payments, "--at", "16:30");
        assertEquals(2, future.exit());
        assertTrue(future.err(), future.err().contains("--at 16:30 is later than now (16:00 in the Chaos Day's time zone)"));
        ok(run("experiments", "start", payments, "--at", "10:02"));
        CliRun before = run("experiments", "log", payments, "x", "--kind", "detected", "--at", "09:59");
        assertEquals(2, before.exit());
        assertTrue(before.err(), before.err().contains("--at 09:59 is before " + payments + " started (10:02)"));
        CliRun garbled = run("experiments", "stop", payments, "--at", "quarter past ten");
        assertEquals(2, garbled.exit());
        assertTrue(garbled.err(), garbled.err().contains("--at takes a time of day as HH:MM"));
        assertEquals(1, comments(payments).size());
    }

    @Test
    public void anIsolatedExperimentDoesNotStartWhileAnotherRunsInItsEnvironmentUnlessForced() {
        ok(run("experiments", "start", payments, "--at", "10:02"));
        CliRun refused = run("experiments", "start", search, "--at", "10:05");
        assertEquals(2, refused.exit());
        assertTrue(refused.err(), refused.err().contains(search + " cannot start: " + payments
                + " 'Payments loses its database' is running in environment 'staging'"));
        assertTrue(comments(search).isEmpty());
        CliRun forced = run("experiments", "start", search, "--at", "10:05", "--force");
        ok(forced);
        assertTrue(forced.out(), forced.out().contains("started with --force although running in the same environment: " + payments));
        assertTrue(comments(search).get(0).text(), comments(search).get(0).text()
                .contains("(started on purpose while running in the same environment: " + payments));
        ok(run("experiments", "stop", payments, "--at", "10:20"));
        ok(run("experiments", "stop", search, "--at", "10:21"));
    }

    @Test
    public void onceTheFirstHasStoppedTheSecondStarts() {
        ok(run("experiments", "start", payments, "--at", "10:02"));
        ok(run("experiments", "stop", payments, "--at", "10:15"));
        ok(run("experiments", "start", search, "--at", "10:16"));
        assertEquals(RunLog.State.RUNNING, RunLog.of(comments(search)).state());
    }

    @Test
    public void aHaltKeepsItsReasonAndEndsTheExperiment() {
        ok(run("experiments", "start", payments, "--at", "10:02"));
        ok(run("experiments", "halt", payments, "--reason", "real customers affected", "--at", "10:06"));
        RunLog log = RunLog.of(comments(payments));
        assertEquals(RunLog.State.HALTED, log.state());
        assertEquals(Optional.of("real customers affected"), log.haltReason());
        CliRun stop = run("experiments", "stop", payments);
        ok(stop);
        assertTrue(stop.out(), stop.out().contains("already halted at 10:06"));
        assertFalse(log.timeToDetect().isPresent());
    }

    @Test
    public void statusOnTheDayListsWhatRunsForHowLongAndWhatToPutBackUntilItStops() throws Exception {
        ok(run("experiments", "start", payments, "--at", "10:02"));
        ok(run("experiments", "start", search, "--at", "10:05", "--force"));
        ok(run("experiments", "halt", search, "--reason", "customers affected", "--at", "10:07"));
        CliRun status = run("status");
        ok(status);
        String out = status.out().replace(System.lineSeparator(), "\n");
        assertTrue(out, out.contains("\nOn the day (Europe/Berlin)\nRUNNING  " + payments
                + "  Payments loses its database  since 10:02 (5 h 58 min)  in staging, must run in isolation\n"
                + "         to put back: start the instance again\n1 running, 0 stopped, 1 halted, 0 not started\n"));
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run("status", "--format", "json").out());
        assertEquals(payments, json.path("onTheDay").path("running").get(0).path("key").asText());
        assertEquals(358, json.path("onTheDay").path("running").get(0).path("minutes").asInt());
        assertEquals("start the instance again", json.path("onTheDay").path("running").get(0).path("putBack").asText());
        ok(run("experiments", "stop", payments, "--at", "10:30"));
        String after = run("status").out();
        assertFalse(after, after.contains("to put back"));
        assertTrue(after, after.contains("0 running, 1 stopped, 1 halted, 0 not started"));
    }

    @Test
    public void aCardsRestoreNoteIsWhatStatusSaysToPutBackUntilItsExperimentStopsAndACardWithoutOneShowsItsRollback() {
        ok(run("experiments", "add", "--title", "Payments loses its alerting", "--rollback", "start the alert manager",
                "--restore", "turn the paging rule for payments back on", "--environment", "production", "--owner", "alice",
                "--team", "Payments"));
        String alerting = key("Payments loses its alerting");
        ok(run("experiments", "start", alerting, "--at", "10:02"));
        ok(run("experiments", "start", payments, "--at", "10:03"));

        String during = run("status").out().replace(System.lineSeparator(), "\n");
        assertTrue(during, during.contains(alerting + "  Payments loses its alerting  since 10:02 (5 h 58 min)  in production, "
                + "must run in isolation\n         to put back: turn the paging rule for payments back on\n"));
        assertFalse("the restore note stands in for the rollback: " + during, during.contains("start the alert manager"));
        assertTrue("an older card without a note shows its rollback: " + during, during.contains(payments
                + "  Payments loses its database  since 10:03 (5 h 57 min)  in staging, must run in isolation\n"
                + "         to put back: start the instance again\n"));

        ok(run("experiments", "stop", alerting, "--at", "10:40"));
        String after = run("status").out();
        assertFalse(after, after.contains("turn the paging rule"));
    }

    @Test
    public void statusBeforeTheDayReadsNoRunLog() {
        CliRun early = CliRun.of(CliRun.NOV_2026, Map.of(), CliRun.connections(jira, null), "status", "--jira",
                "https://jira.example", "--project", "CHAOS");
        ok(early);
        assertFalse(early.out(), early.out().contains("On the day"));
        assertFalse(jira.calls.toString(), jira.calls.stream().anyMatch(c -> c.startsWith("comments ")));
    }
}
