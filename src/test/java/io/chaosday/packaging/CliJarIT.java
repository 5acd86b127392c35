package io.chaosday.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/** Runs the packaged command-line jar as a user's shell would, as a separate process. */
public class CliJarIT {

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) throws Exception {
        return run(java.util.Map.of(), args);
    }

    private static Result run(java.util.Map<String, String> env, String... args) throws Exception {
        return run(env, List.of(), args);
    }

    private static Result run(java.util.Map<String, String> env, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("chaosday.cli.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertTrue("finished", process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    public void planPrintsTheWorkedExampleAsJson() throws Exception {
        Result r = run("plan", "--chaos-day", "2027-03-10", "--teams", "1", "--format", "json", "--allow-past");
        assertEquals(r.err(), 0, r.exit());
        assertTrue(r.out(), r.out().contains("\"key\" : \"share\""));
        assertTrue(r.out(), r.out().contains("\"due\" : \"2027-03-29\""));
    }

    /**
     * picocli is built from source for Java 17, so the class-data archive made with the jar holds
     * it: a plain plan loads picocli's classes from the archive, not from the jar (docs/speed.md, Start-up).
     */
    @Test
    public void aPlainPlanLoadsPicocliFromTheClassDataArchive() throws Exception {
        String archive = System.getProperty("chaosday.cli.jar").replaceFirst("\\.jar$", ".jsa");
        assertTrue(archive, new File(archive).isFile());
        Result plan = run(java.util.Map.of(), List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info"),
                "plan", "--chaos-day", "2027-03-10", "--teams", "1", "--allow-past");
        assertEquals(plan.err(), 0, plan.exit());
        assertTrue(plan.out(), plan.out().contains("Chaos Day: 2027-03-10 (Wednesday)"));
        assertTrue(plan.out(), plan.out().contains(" picocli.CommandLine source: shared objects file"));
        assertTrue(plan.out(), plan.out().contains(" io.chaosday.cli.PlanCommand source: shared objects file"));
    }

    /**
     * A plan needs today's date, not the zone's rules: Java's second read of its zone database (for
     * a ZoneId, after TimeZone's) is left out of a plan run (docs/speed.md, Start-up).
     */
    @Test
    public void aPlanReadsTheZoneDatabaseOnce() throws Exception {
        Result plan = run(java.util.Map.of(), List.of("-Xlog:class+load=info"),
                "plan", "--chaos-day", "2027-03-10", "--teams", "1");
        assertEquals(plan.err(), 0, plan.exit());
        assertTrue(plan.out(), plan.out().contains(" sun.util.calendar.ZoneInfoFile "));
        assertFalse(plan.out(), plan.out().contains(" java.time.zone.TzdbZoneRulesProvider "));
    }

    /**
     * A plan run builds picocli's model from its written-out calls (PlanModel): no annotation is read,
     * so the JVM makes no proxy class for one (docs/speed.md, Start-up).
     */
    @Test
    public void aPlanReadsNoAnnotation() throws Exception {
        Result plan = run(java.util.Map.of(), List.of("-Xlog:class+load=info"),
                "plan", "--chaos-day", "2027-03-10", "--teams", "1", "--allow-past");
        assertEquals(plan.err(), 0, plan.exit());
        assertTrue(plan.out(), plan.out().contains(" io.chaosday.cli.PlanModel "));
        assertFalse(plan.out(), plan.out().contains("__dynamic_proxy__"));
    }

    @Test
    public void badInputIsOneLineWithoutAStackTrace() throws Exception {
        Result r = run("plan", "--chaos-day", "not-a-date");
        assertEquals(2, r.exit());
        assertEquals(r.err(), 1, r.err().lines().count());
        assertFalse(r.err(), r.err().contains("Exception"));
        assertEquals("", r.out());
    }

    @Test
    public void helpExplainsTheCommands() throws Exception {
        Result r = run("--help");
        assertEquals(0, r.exit());
        for (String command : List.of("plan", "create", "reschedule", "status")) {
            assertTrue(r.out(), r.out().contains(command));
        }
    }

    @Test
    public void createAndStatusPrintTheirReportsAgainstJira() throws Exception {
        try (io.chaosday.stub.LocalJira jira = new io.chaosday.stub.LocalJira(0)) {
            java.util.Map<String, String> env = java.util.Map.of("JIRA_TOKEN", "it-token");
            Result created = run(env, "create", "--jira", jira.base().toString(), "--project", "CHAOS",
                    "--chaos-day", "2027-03-10", "--allow-past");
            assertEquals(created.err(), 0, created.exit());
            assertTrue(created.out(), created.out().contains("13 created, 0 unchanged"));
            Result status = run(env, "status", "--jira", jira.base().toString(), "--project", "CHAOS");
            assertEquals(status.err(), 0, status.exit());
            assertTrue(status.out(), status.out().contains("PHASE"));
            assertFalse(created.out() + created.err() + status.out() + status.err(), (created.out() + status.out()).contains("it-token"));
        }
    }
}
