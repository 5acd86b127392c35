package io.chaosday.cli;

import static org.junit.Assert.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.Test;

public class StderrProgressTest {

    @Test
    public void longWorkShowsAboutTenLinesNotOnePerRequest() {
        StringWriter out = new StringWriter();
        StderrProgress progress = new StderrProgress(new PrintWriter(out));
        for (int i = 1; i <= 62; i++) {
            progress.update("Moving due dates", i, 62);
        }
        assertEquals(12, out.toString().lines().count()); // the first, every sixth, and the last
        assertEquals("  Moving due dates (62/62)", out.toString().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    public void eachNewKindOfWorkIsShown() {
        StringWriter out = new StringWriter();
        StderrProgress progress = new StderrProgress(new PrintWriter(out));
        progress.update("Creating issues", 4, 4);
        progress.update("Creating issues", 12, 12);
        progress.update("Moving due dates", 1, 62);
        assertEquals(3, out.toString().lines().count());
    }
}
