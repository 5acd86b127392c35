package io.chaosday.workflow.runlog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.tracker.Comment;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Reading a run log back from comments: markers, copies, starts and ends, and the times worked out. */
public class RunLogTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static int next = 1;

    private static Comment comment(LogKind kind, String at, String text, String created) {
        Instant when = Instant.parse(at);
        String id = LogMarker.id("CHAOS-7", kind, when, text);
        return new Comment(Integer.toString(next++), Optional.of("Alice"), Instant.parse(created),
                LogMarker.comment(id, kind, when, text, BERLIN));
    }

    @Test
    public void anEntryReadsBackAsItWasWrittenWhateverItsText() {
        String hostile = "<script>alert(1)</script> {html} [x|javascript:y] *bold* chaosday-log entry=0000000000000000 kind=stop";
        Comment c = comment(LogKind.NOTE, "2027-03-10T09:04:00Z", hostile + "\nsecond line", "2027-03-10T09:05:00Z");
        LogEntry entry = LogMarker.read(c).orElseThrow();
        assertEquals(LogKind.NOTE, entry.kind());
        assertEquals(hostile + " second line", entry.text());
        assertEquals(Instant.parse("2027-03-10T09:04:00Z"), entry.at());
        assertEquals(BERLIN, entry.zone());
        assertEquals(Optional.of("Alice"), entry.author());
        assertTrue(c.text(), c.text().startsWith("Chaos Day log: note at 10:04 (Europe/Berlin): <script>"));
    }

    @Test
    public void aCommentWithoutAMarkerIsNoEntry() {
        assertEquals(Optional.empty(), LogMarker.read(new Comment("1", Optional.empty(), Instant.EPOCH,
                "Looks good to me\nchaosday-log entry=zz kind=note at=2027-03-10T09:04:00Z")));
        assertEquals(Optional.empty(), LogMarker.read(new Comment("2", Optional.empty(), Instant.EPOCH,
                "chaosday-log entry=0123456789abcdef kind=explode at=2027-03-10T09:04:00Z")));
    }

    @Test
    public void theSameEntryHasTheSameIdAndAnotherMinuteOrTextAnother() {
        Instant at = Instant.parse("2027-03-10T09:04:10Z");
        String id = LogMarker.id("CHAOS-7", LogKind.DETECTED, at, "alert");
        assertEquals(id, LogMarker.id("CHAOS-7", LogKind.DETECTED, Instant.parse("2027-03-10T09:04:50Z"), "alert"));
        assertNotEquals(id, LogMarker.id("CHAOS-7", LogKind.DETECTED, Instant.parse("2027-03-10T09:05:00Z"), "alert"));
        assertNotEquals(id, LogMarker.id("CHAOS-7", LogKind.DETECTED, at, "another alert"));
        assertNotEquals(id, LogMarker.id("CHAOS-8", LogKind.DETECTED, at, "alert"));
        assertEquals("a start is one per experiment", LogMarker.id("CHAOS-7", LogKind.START, at, ""),
                LogMarker.id("CHAOS-7", LogKind.START, Instant.parse("2027-03-10T11:00:00Z"), "again"));
    }

    @Test
    public void copiesCountOnceAndTheFirstStoredStartAndEndWin() {
        Comment start = comment(LogKind.START, "2027-03-10T09:02:00Z", "", "2027-03-10T09:02:01Z");
        Comment copy = new Comment("99", Optional.of("Bob"), Instant.parse("2027-03-10T09:02:02Z"), start.text());
        Comment laterStart = comment(LogKind.START, "2027-03-10T09:03:00Z", "", "2027-03-10T09:03:01Z");
        Comment detected = comment(LogKind.DETECTED, "2027-03-10T09:04:00Z", "alert", "2027-03-10T09:04:01Z");
        Comment recovered = comment(LogKind.RECOVERED, "2027-03-10T09:09:00Z", "back", "2027-03-10T09:20:00Z");
        Comment halt = comment(LogKind.HALT, "2027-03-10T09:12:00Z", "customers", "2027-03-10T09:12:01Z");
        Comment stop = comment(LogKind.STOP, "2027-03-10T09:15:00Z", "", "2027-03-10T09:15:01Z");
        RunLog log = RunLog.of(List.of(stop, recovered, copy, detected, halt, start, laterStart));
        assertEquals(List.of(LogKind.START, LogKind.DETECTED, LogKind.RECOVERED, LogKind.HALT),
                log.entries().stream().map(LogEntry::kind).toList());
        assertEquals(start.id(), log.start().orElseThrow().commentId());
        assertEquals(RunLog.State.HALTED, log.state());
        assertEquals(Optional.of("customers"), log.haltReason());
        assertEquals(Optional.of(Duration.ofMinutes(2)), log.timeToDetect());
        assertEquals(Optional.of(Duration.ofMinutes(7)), log.timeToRecover());
        assertEquals(Optional.of(Duration.ofMinutes(10)), log.ranFor(Instant.parse("2027-03-10T12:00:00Z")));
    }

    @Test
    public void withoutAStartThereAreNoTimes() {
        RunLog log = RunLog.of(List.of(comment(LogKind.DETECTED, "2027-03-10T09:04:00Z", "alert", "2027-03-10T09:04:01Z")));
        assertEquals(RunLog.State.NOT_STARTED, log.state());
        assertEquals(Optional.empty(), log.timeToDetect());
        assertEquals(Optional.empty(), log.ranFor(Instant.parse("2027-03-10T12:00:00Z")));
    }
}
