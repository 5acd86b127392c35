package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.reliability.Figures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

/**
 * Every file a user can name is checked before it is read: a device, a pipe or a directory is
 * refused by name, and a file over its limit is refused before it is parsed. Each case ends in
 * one line and exit 2 (the timeout only catches a hang, such as a read that waits on a pipe).
 */
public class HostileFilesTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Rule
    public final Timeout hangGuard = Timeout.seconds(20);

    /** Each way of naming a file, as a command line with the path put in. */
    private static final List<Function<String, String[]>> FILE_OPTIONS = List.of(
            f -> new String[] {"plan", "--chaos-day", "2027-03-10", "--holidays-file", f},
            f -> new String[] {"plan", "--chaos-day", "2027-03-10", "--plan-file", f},
            f -> new String[] {"experiments", "add", "--jira", "https://jira.example.com", "--project", "CHAOS",
                "--file", f},
            f -> new String[] {"status", "--jira", "https://jira.example.com", "--project", "CHAOS", "--token-file", f},
            f -> new String[] {"publish", "--jira", "https://jira.example.com", "--project", "CHAOS",
                "--confluence", "https://wiki.example.com", "--space", "OPS", "--confluence-token-file", f});

    @Test
    public void anEndlessDeviceIsRefusedByNameForEveryFileOption() {
        assertEachRefused("/dev/zero", "is not a regular file", "an endless device (/dev/zero)");
    }

    @Test
    public void aPipeIsRefusedInsteadOfWaitedOn() throws Exception {
        Path fifo = folder.getRoot().toPath().resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        // A writer waits for the pipe to be opened: it stays waiting only if no run ever opened the pipe to read it.
        java.util.concurrent.CountDownLatch opened = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (var out = Files.newOutputStream(fifo)) {
                opened.countDown();
            } catch (java.io.IOException ignored) {
                opened.countDown();
            }
        });
        writer.setDaemon(true);
        writer.start();

        assertEachRefused(fifo.toString(), "is not a regular file", "a named pipe nobody writes to");

        assertEquals("no run opened the pipe", 1, opened.getCount());
        try (var in = Files.newInputStream(fifo)) { // lets the writer go
            in.readAllBytes();
        }
        writer.join();
    }

    @Test
    public void aDirectoryIsRefusedByName() {
        assertEachRefused(folder.getRoot().toString(), "is a directory", "a directory");
    }

    @Test
    public void aFileOverItsLimitIsRefusedBeforeItIsParsed() throws Exception {
        Path big = folder.newFile("big.txt").toPath();
        Files.write(big, new byte[2 * 1024 * 1024 + 1]);

        assertEachRefused(big.toString(), "is larger than", "a 2 MB file");
    }

    @Test
    public void textThatIsNotUtf8IsRefused() throws Exception {
        Path latin1 = folder.newFile("latin1.txt").toPath();
        Files.write(latin1, "name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        CliRun run = run("plan", "--chaos-day", "2027-03-10", "--plan-file", latin1.toString());

        assertEquals(run.err(), 2, run.exit());
        assertTrue(run.err(), run.err().contains("is not UTF-8 text"));
    }

    private void assertEachRefused(String path, String expected, String what) {
        for (Function<String, String[]> option : FILE_OPTIONS) {
            String[] args = option.apply(path);
            CliRun run = run(args);
            String command = String.join(" ", args);
            assertEquals(command + " -> " + run.err(), 2, run.exit());
            assertTrue(command + " -> " + run.err(), run.err().contains(path + " " + expected));
            assertEquals(command + " -> " + run.err(), 1, run.err().strip().lines().count());
            assertFalse(command + " -> " + run.err(), run.err().contains("Exception"));
        }
        Figures.report("hostile files", what + " given to each of the " + FILE_OPTIONS.size() + " file options: "
                + FILE_OPTIONS.size() + " refused (\"" + expected + "\") with one line and exit 2");
    }

    private static CliRun run(String... args) {
        PrintStream warnings = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", "t", "CONFLUENCE_TOKEN", "t"), new RestConnections(warnings),
                args);
    }
}
