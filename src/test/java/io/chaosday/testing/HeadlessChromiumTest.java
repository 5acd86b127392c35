package io.chaosday.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A crash of Chromium itself is run once more; a failure on the page is reported at once, with what Chromium said. */
public class HeadlessChromiumTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    /** A stand-in for Chromium: a script that answers the way this test wants, counting its runs. */
    private Path standIn(String script) throws Exception {
        Path program = temp.newFile("chromium").toPath();
        Files.writeString(program, "#!/bin/sh\n" + script + "\n");
        assertTrue(program.toFile().setExecutable(true));
        return program;
    }

    private int runs() throws Exception {
        Path count = temp.getRoot().toPath().resolve("runs");
        return Files.exists(count) ? Files.readAllLines(count).size() : 0;
    }

    @Test
    public void aCrashIsRunOnceMoreAndItsSecondAnswerTaken() throws Exception {
        String runs = temp.getRoot().toPath().resolve("runs").toString();
        Path program = standIn("echo run >> " + runs + "\n[ $(wc -l < " + runs + ") -eq 1 ] && kill -SEGV $$\necho '<html>page</html>'");

        String printed = new HeadlessChromium(program, temp.getRoot().toPath()).run("file:///page.html", List.of("--dump-dom"));

        assertEquals("<html>page</html>\n", printed);
        assertEquals(2, runs());
    }

    @Test
    public void aFailureOnThePageIsReportedAtOnceWithWhatChromiumSaid() throws Exception {
        String runs = temp.getRoot().toPath().resolve("runs").toString();
        Path program = standIn("echo run >> " + runs + "\necho 'no such page' >&2\nexit 1");

        AssertionError failed = assertThrows(AssertionError.class,
                () -> new HeadlessChromium(program, temp.getRoot().toPath()).run("file:///page.html", List.of()));

        assertTrue(failed.getMessage(), failed.getMessage().contains("exit status 1: no such page"));
        assertEquals(1, runs());
    }

    @Test
    public void onlyAnEndBySignalCountsAsACrash() {
        assertTrue(HeadlessChromium.CRASHED.test(139));
        assertFalse(HeadlessChromium.CRASHED.test(1));
        assertFalse(HeadlessChromium.CRASHED.test(0));
    }
}
