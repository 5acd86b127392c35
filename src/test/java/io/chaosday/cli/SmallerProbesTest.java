package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Dates past the year 9999 and output folders with something in the way end in one clear line, exit 2. */
public class SmallerProbesTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aPlanRunningIntoTheYear10000IsBadInputForEveryFormat() {
        for (String format : new String[] {"table", "json", "csv", "ics", "html"}) {
            CliRun run = CliRun.of("plan", "--chaos-day", "9999-12-15", "--format", format);

            assertEquals(format + ": " + run.err(), 2, run.exit());
            assertTrue(run.err(), run.err().contains("this plan runs outside the years 1 to 9999 (share would be due +10000-01-03)"));
            assertEquals("", run.out());
        }
    }

    @Test
    public void aPlanRunningIntoTheYear10000IsBadInputForOut() throws Exception {
        Path out = folder.newFolder("out").toPath();

        CliRun run = CliRun.of("plan", "--chaos-day", "9999-12-15", "--out", out.toString());

        assertEquals(run.err(), 2, run.exit());
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    public void aChaosDayDateBeyondTheYear9999IsBadInput() {
        CliRun run = CliRun.of("plan", "--chaos-day", "+10000-01-03");

        assertEquals(run.err(), 2, run.exit());
        assertTrue(run.err(), run.err().contains("--chaos-day '+10000-01-03' is outside the years 1 to 9999"));
    }

    @Test
    public void aFolderWhereTheCalendarFileGoesStopsOutBeforeAnythingIsWritten() throws Exception {
        Path out = folder.newFolder("out").toPath();
        Files.createDirectory(out.resolve("chaos-day.ics"));
        Files.writeString(out.resolve("chaos-day.csv"), "someone's own file");

        CliRun run = CliRun.of("plan", "--chaos-day", "2027-03-10", "--out", out.toString());

        assertEquals(run.err(), 2, run.exit());
        assertTrue(run.err(), run.err().contains("chaos-day.ics is in the way: it is a folder"));
        assertFalse(run.err(), run.err().contains("nothing was changed"));
        assertEquals("someone's own file", Files.readString(out.resolve("chaos-day.csv")));
        try (var files = Files.list(out)) {
            assertEquals(2, files.count());
        }
    }
}
