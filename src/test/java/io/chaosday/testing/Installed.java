package io.chaosday.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.Assume;

/**
 * A program a test drives, found on the {@code PATH}. Without it the test is skipped (JUnit's
 * assumption), naming the package to install, so the README's {@code mvn -B verify} passes on a
 * machine with Java and Maven alone; {@code .ci/run} installs the programs and fails on any skip.
 */
public final class Installed {

    private Installed() {
    }

    /** The program on the {@code PATH}, or the test is skipped saying to install {@code debianPackage}. */
    public static Path program(String name, String debianPackage) {
        Optional<Path> found = onPath(name, System.getenv().getOrDefault("PATH", ""));
        Assume.assumeTrue(name + " is not on the PATH, so this test is skipped; install it (Debian: apt-get install "
                + debianPackage + "; .ci/run does) to run it", found.isPresent());
        return found.get();
    }

    /** The first executable file called {@code name} in the folders of {@code path}. */
    public static Optional<Path> onPath(String name, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
