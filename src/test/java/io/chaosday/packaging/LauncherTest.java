package io.chaosday.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The {@code chaosday} launcher, run by bash beside a built jar with a stand-in {@code java} that
 * records how it was started: the Java version is read without starting a JVM, and the JVM gets the
 * jar, the launcher's flags, the class-data archive when it is current, and the user's arguments.
 */
public class LauncherTest {

    /** picocli's converters the launcher leaves out (see LeftOutConvertersTest). */
    private static final String CONVERTERS = "-Dpicocli.converters.excludes=java\\.sql\\..*,java\\.time\\..*";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path tool;
    private Path jdk;
    private Path bin;
    private Path started;

    private record Run(int exit, String err) {
    }

    @Before
    public void aBuiltToolAndAStandInJdk() throws IOException {
        tool = folder.newFolder("tool").toPath();
        Files.copy(Path.of("chaosday"), tool.resolve("chaosday"));
        Files.createDirectories(tool.resolve("target"));
        Files.writeString(tool.resolve("target/chaosday-cli.jar"), "a jar");
        jdk = folder.newFolder("jdk").toPath();
        Files.createDirectories(jdk.resolve("bin"));
        started = folder.getRoot().toPath().resolve("started.txt");
        executable(jdk.resolve("bin/java"), "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then : > '" + started + ".asked'; echo \"openjdk version \\\"$STAND_IN_VERSION\\\" 2023-01-17\" >&2; exit 0; fi\n"
                + "printf '%s\\n' \"$@\" > '" + started + "'\n");
        bin = folder.newFolder("bin").toPath();
        // reached through a link, as /usr/bin/java is, so the release file is found beside the real binary
        Files.createSymbolicLink(bin.resolve("java"), jdk.resolve("bin/java"));
    }

    @Test
    public void aJavaOlderThan17IsNamedFromItsReleaseFileWithoutStartingIt() throws Exception {
        release("11.0.21");
        Run run = launch("plan", "--teams", "1");
        assertEquals(2, run.exit());
        assertEquals("chaosday: Java 17 or newer is needed, this is Java 11; install a newer JDK or point PATH at one\n", run.err());
        assertFalse("no JVM started", Files.exists(started));
    }

    @Test
    public void withoutAReleaseFileTheVersionIsAskedOfJava() throws Exception {
        Run run = launch("STAND_IN_VERSION=1.8.0_392", "plan");
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().contains("this is Java 8;"));
    }

    @Test
    public void java17StartsTheJarWithTheLaunchersFlagsAndTheArgumentsAsGiven() throws Exception {
        release("17.0.15");
        Run run = launch("plan", "--name", "Spring Chaos", "--teams", "1");
        assertEquals(run.err(), 0, run.exit());
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", CONVERTERS, "-jar",
                tool.resolve("target/chaosday-cli.jar").toString(), "plan", "--name", "Spring Chaos", "--teams", "1"), startedWith());
    }

    /**
     * A runtime that passed the version check is not read again, which spares a process per run;
     * a runtime file replaced (a JDK update, another JDK on the path) is read again.
     */
    @Test
    public void aRuntimeThatPassedIsNotReadAgainUntilItsFileIsReplaced() throws Exception {
        release("17.0.15");
        assertEquals(0, launch("--version").exit());
        Files.delete(jdk.resolve("release"));
        Files.delete(started);
        Run same = launch("--version");
        assertEquals(same.err(), 0, same.exit());
        assertTrue("the same runtime started", Files.exists(started));
        assertFalse("without its version asked again", Files.exists(Path.of(started + ".asked")));

        Path replaced = jdk.resolve("bin/java.new");
        Files.copy(jdk.resolve("bin/java"), replaced, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(replaced, jdk.resolve("bin/java"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        release("11.0.21");
        Files.delete(started);
        Run updated = launch("--version");
        assertEquals(2, updated.exit());
        assertTrue(updated.err(), updated.err().contains("this is Java 11;"));
        assertFalse("no JVM started", Files.exists(started));
    }

    @Test
    public void theClassDataArchiveIsPassedOnlyWhenNewerThanTheJar() throws Exception {
        release("21");
        Path archive = tool.resolve("target/chaosday-cli.jsa");
        Files.writeString(archive, "an archive");
        Path jar = tool.resolve("target/chaosday-cli.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        assertEquals(0, launch("--version").exit());
        assertTrue(startedWith().toString(), startedWith().contains("-XX:SharedArchiveFile=" + archive));

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(0, launch("--version").exit());
        assertFalse(startedWith().toString(), startedWith().stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")));
    }

    @Test
    public void noJavaOnThePathIsOneLineNamingWhatToInstall() throws Exception {
        Files.delete(bin.resolve("java"));
        Run run = launch("plan");
        assertEquals(2, run.exit());
        assertEquals("chaosday: Java 17 or newer is needed; install it (apt-get install openjdk-17-jdk-headless) and run again\n",
                run.err());
    }

    @Test
    public void reachedThroughALinkOnThePathTheLauncherFindsTheJarBesideTheRealScript() throws Exception {
        release("17.0.15");
        Path onPath = folder.newFolder("local-bin").toPath();
        Files.createSymbolicLink(onPath.resolve("chaosday"), tool.resolve("chaosday"));

        Run run = launchAs(List.of("/bin/bash", onPath.resolve("chaosday").toString(), "--version"));

        assertEquals(run.err(), 0, run.exit());
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", CONVERTERS, "-jar",
                tool.resolve("target/chaosday-cli.jar").toString(), "--version"), startedWith());
    }

    @Test
    public void aFirstRunNamesEachBuildStepWhileMavenRunsAndKeepsMavensOutputOutOfTheWay() throws Exception {
        release("17.0.15");
        Files.delete(tool.resolve("target/chaosday-cli.jar"));
        standInMaven(0);

        Run run = launch("plan");

        assertEquals(run.err(), 0, run.exit());
        List<String> lines = run.err().lines().toList();
        assertEquals(run.err(), 1, lines.stream().filter(l -> l.contains("downloading Maven plugins and libraries")).count());
        assertTrue(run.err(), lines.stream().anyMatch(l -> l.startsWith("chaosday: building, step 1: resources:resources (")));
        assertTrue(run.err(), lines.stream().anyMatch(l -> l.startsWith("chaosday: building, step 2: compiler:compile (")));
        assertTrue(run.err(), lines.get(lines.size() - 1).startsWith("chaosday: built in "));
        assertFalse("Maven's own lines stay in the log", run.err().contains("[INFO]"));
        assertFalse("the log of a good build is removed", Files.exists(tool.resolve("target.build.log")));
        assertTrue("the built jar then runs", Files.exists(started));
    }

    @Test
    public void aFailedBuildPointsToItsLogWhichHoldsMavensOutput() throws Exception {
        release("17.0.15");
        Files.delete(tool.resolve("target/chaosday-cli.jar"));
        standInMaven(1);

        Run run = launch("plan");

        assertEquals(1, run.exit());
        Path log = tool.resolve("target.build.log");
        assertTrue(run.err(), run.err().endsWith("chaosday: the build failed; see " + log + "\n"));
        assertTrue(Files.readString(log).contains("[ERROR] COMPILATION ERROR"));
        assertFalse("no JVM started", Files.exists(started));
    }

    /** A stand-in {@code mvn} printing what Maven 3.8 and 3.9 print, then building the jar or failing. */
    private void standInMaven(int exit) throws IOException {
        executable(bin.resolve("mvn"), "#!/bin/sh\n"
                + "echo '[INFO] Scanning for projects...'\n"
                + "echo '[INFO] Downloading from central: https://repo.example/a.pom'\n"
                + "echo '[INFO] Downloading from central: https://repo.example/b.jar'\n"
                + "echo '[INFO] --- maven-resources-plugin:3.3.1:resources (default-resources) @ chaosday ---'\n"
                + "echo '[INFO] --- compiler:3.13.0:compile (default-compile) @ chaosday ---'\n"
                + (exit == 0 ? "echo 'a jar' > target/chaosday-cli.jar\n" : "echo '[ERROR] COMPILATION ERROR' >&2\nexit 1\n"));
    }

    private void release(String version) throws IOException {
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Stand-in\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
    }

    private List<String> startedWith() throws IOException {
        return Files.readAllLines(started);
    }

    /** Runs the launcher from the folder above the tool, by a relative path, as {@code tool/chaosday ARGS}. */
    private Run launch(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", "tool/chaosday"));
        String version = "";
        for (String arg : args) {
            if (arg.startsWith("STAND_IN_VERSION=")) {
                version = arg.substring(arg.indexOf('=') + 1);
            } else {
                command.add(arg);
            }
        }
        return launchAs(command, version);
    }

    private Run launchAs(List<String> command) throws Exception {
        return launchAs(command, "");
    }

    private Run launchAs(List<String> command, String version) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.getRoot());
        builder.environment().put("PATH", bin + ":" + tools());
        builder.environment().put("STAND_IN_VERSION", version);
        Process process = builder.start();
        process.getOutputStream().close();
        process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("finished", process.waitFor(30, TimeUnit.SECONDS));
        return new Run(process.exitValue(), err);
    }

    /** The few tools the launcher itself uses, without the machine's own java. */
    private Path tools() throws IOException {
        Path tools = folder.getRoot().toPath().resolve("tools");
        if (!Files.isDirectory(tools)) {
            Files.createDirectories(tools);
            for (String name : List.of("find", "readlink", "sed", "head", "sh", "rm")) {
                for (String dir : List.of("/usr/bin", "/bin")) {
                    Path real = Path.of(dir, name);
                    if (Files.isExecutable(real) && !Files.exists(tools.resolve(name))) {
                        Files.createSymbolicLink(tools.resolve(name), real);
                    }
                }
            }
        }
        return tools;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
