package io.chaosday.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackerException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class ReadThenWriteTest {

    private static final ChaosDayId ID = ChaosDayId.fromName("Chaos Day");
    private final AtomicInteger reads = new AtomicInteger();
    private final List<ChaosDayIssues> writtenFrom = new ArrayList<>();

    private ChaosDayIssues read() {
        reads.incrementAndGet();
        return ChaosDayIssues.of(ID, List.of());
    }

    @Test
    public void theFirstRoundWritesFromWhatTheCallerReadAndReadsNothing() {
        ChaosDayIssues first = ChaosDayIssues.of(ID, List.of());
        String result = ReadThenWrite.run(first, this::read, found -> {
            writtenFrom.add(found);
            return "done";
        }, Progress.SILENT);
        assertEquals("done", result);
        assertEquals(0, reads.get());
        assertSame(first, writtenFrom.get(0));
    }

    @Test
    public void aRoundAfterAFailureInTransitReadsAgain() {
        ChaosDayIssues first = ChaosDayIssues.of(ID, List.of());
        String result = ReadThenWrite.run(first, this::read, found -> {
            writtenFrom.add(found);
            if (writtenFrom.size() == 1) {
                throw new TrackerException(TrackerException.Kind.UNAVAILABLE, "connection reset");
            }
            return "done";
        }, Progress.SILENT);
        assertEquals("done", result);
        assertEquals(1, reads.get());
        assertSame(first, writtenFrom.get(0));
        assertEquals(2, writtenFrom.size());
        assertNotSame("the second round wrote from the first round's reading", first, writtenFrom.get(1));
    }

    @Test
    public void aLastingFailureEndsAfterTheLastRound() {
        assertThrows(TrackerException.class, () -> ReadThenWrite.run(this::read, found -> {
            throw new TrackerException(TrackerException.Kind.UNAVAILABLE, "connection reset");
        }, Progress.SILENT));
        assertEquals(ReadThenWrite.MAX_ROUNDS, reads.get());
    }
}
