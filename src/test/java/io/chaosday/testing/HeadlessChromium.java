package io.chaosday.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * Chromium run headless on one page, as the browser tests drive it: what it printed, or an
 * assertion error saying how it failed. Skipped, naming the package, where Chromium is not installed.
 */
public final class HeadlessChromium {

    /** Chromium killed by a signal (exit status 128 and more, e.g. 139) crashed on its own, not on the page: run once more. */
    static final IntPredicate CRASHED = status -> status >= 128;

    private static final long TIMEOUT_SECONDS = 90;

    private final Path program;
    private final Path scratch;

    /** @param scratch a folder of the test's own, for Chromium's profile and what it prints */
    public HeadlessChromium(Path scratch) {
        this(Installed.program("chromium", "chromium"), scratch);
    }

    HeadlessChromium(Path program, Path scratch) {
        this.program = program;
        this.scratch = scratch;
    }

    /** Runs Chromium on {@code url} with {@code options} besides the headless ones; what it printed on stdout. */
    public String run(String url, List<String> options) throws IOException, InterruptedException {
        Outcome first = once(url, options);
        Outcome outcome = CRASHED.test(first.status()) ? once(url, options) : first;
        if (outcome.status() != 0) {
            throw new AssertionError("chromium failed with exit status " + outcome.status() + ": " + outcome.stderr());
        }
        return outcome.stdout();
    }

    private record Outcome(int status, String stdout, String stderr) {
    }

    private Outcome once(String url, List<String> options) throws IOException, InterruptedException {
        Path run = Files.createTempDirectory(scratch, "chromium");
        List<String> command = new ArrayList<>(List.of(program.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + run.resolve("profile")));
        command.addAll(options);
        command.add(url);
        Path out = run.resolve("stdout");
        Path err = run.resolve("stderr");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("chromium took more than " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
