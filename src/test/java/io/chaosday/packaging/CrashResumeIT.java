package io.chaosday.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.http.Credentials;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.Scheduler;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.reliability.Figures;
import io.chaosday.reliability.TokenLeaks;
import io.chaosday.reliability.JiraState;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueProperties;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.Test;

/**
 * Kills the packaged command line (SIGKILL, no chance to clean up) at random points of
 * {@code create} and {@code publish} against local stubs, then runs the same command again: the
 * end state must be exactly the plan every time. Kill points are counted in requests the stubs
 * have begun to answer, so a kill often lands while a write is under way on the server. Replay
 * one trial with {@code -Dchaosday.crash.seed=N}; more trials with {@code -Dchaosday.crash.runs=N}
 * (the {@code chaos-long} profile).
 */
public class CrashResumeIT {

    private static final int RUNS = Integer.getInteger("chaosday.crash.runs", 50);
    private static final Long REPLAY = Long.getLong("chaosday.crash.seed");
    private static final ChaosDayId ID = ChaosDayId.fromName("Chaos Day");
    /** Found nowhere but in what the runs were given: every file they leave is searched for it. */
    private static final String TOKEN = "crash-token-5f0c9a7e31";
    private static final Map<String, String> ENV = Map.of("JIRA_TOKEN", TOKEN, "CONFLUENCE_TOKEN", TOKEN);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Ended(boolean killed, int exit, String out, String err) {
    }

    /** As the launcher starts it: serial GC, C1 only, and the class-data archive built with the jar when there is one. */
    private static List<String> javaJar(String... args) {
        Path jar = Path.of(System.getProperty("chaosday.cli.jar"));
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator
                + "java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        Path archive = jar.resolveSibling("chaosday-cli.jsa");
        if (Files.exists(archive) && archive.toFile().lastModified() >= jar.toFile().lastModified()) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The Chaos Day a publish trial starts from, created in this JVM: the same code as the jar's
     * create, without a JVM start that is not what the trial tests.
     */
    private static void created(LocalJira jira) {
        JiraRestTracker tracker = JiraRestTracker.connect(RestClient.builder(jira.base(), new Credentials.Bearer(TOKEN, "JIRA_TOKEN")).build());
        new CreateChaosDay(tracker).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), ChaosDayDefinition.withDefaults(plan().spec()),
                false), Progress.SILENT);
    }

    /** Runs the jar; kills it once {@code requests} reaches {@code killAt} (never, when negative). */
    private static Ended run(IntSupplier requests, int killAt, Path logs, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(javaJar(args));
        builder.environment().putAll(ENV);
        // Its own working and home folders, so whatever the tool writes there is among the files searched for the token.
        Path home = Files.createDirectories(logs.resolve("home"));
        builder.environment().put("HOME", home.toString());
        builder.directory(Files.createDirectories(logs.resolve("work")).toFile());
        Path out = Files.createTempFile(logs, "out", ".txt");
        Path err = Files.createTempFile(logs, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        boolean killed = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (killAt >= 0 && requests.getAsInt() >= killAt) {
                process.destroyForcibly(); // SIGKILL: as a power cut or an OOM killer would
                killed = true;
                break;
            }
            Thread.sleep(1);
        }
        assertTrue("finished within a minute", process.waitFor(60, TimeUnit.SECONDS));
        return new Ended(killed, process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static ChaosDayPlan plan() {
        return Scheduler.withDefaults().schedule(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1,
                ChaosDaySpec.numberedTeams(3), WorkingCalendar.mondayToFriday()));
    }

    private static String[] create(LocalJira jira) {
        return new String[] {"create", "--jira", jira.base().toString(), "--project", "CHAOS", "--chaos-day", "2027-03-10",
                "--teams", "3"};
    }

    private static String[] publish(LocalJira jira, LocalConfluence confluence) {
        return new String[] {"publish", "--jira", jira.base().toString(), "--project", "CHAOS", "--confluence",
                confluence.base().toString(), "--space", "CHAOS"};
    }

    private static List<Long> trials(int count) {
        List<Long> seeds = new ArrayList<>();
        if (REPLAY != null) {
            seeds.add(REPLAY);
        } else {
            for (long seed = 1; seed <= count; seed++) {
                seeds.add(seed);
            }
        }
        return seeds;
    }

    @Test
    public void createKilledAtRandomPointsThenRunAgainEndsWithExactlyThePlan() throws Exception {
        Path logs = Files.createTempDirectory("crash-create");
        int full;
        try (LocalJira jira = new LocalJira(10)) {
            Ended clean = run(jira::requests, -1, logs, create(jira));
            assertEquals(clean.err(), 0, clean.exit());
            full = jira.requests();
        }
        int killed = 0;
        int duplicates = 0;
        int missing = 0;
        List<Long> seeds = trials((RUNS + 1) / 2);
        for (long seed : seeds) {
            Random random = new Random(seed);
            try (LocalJira jira = new LocalJira(10)) {
                Ended first = run(jira::requests, 1 + random.nextInt(full), logs, create(jira));
                killed += first.killed() ? 1 : 0;
                Ended again = run(jira::requests, -1, logs, create(jira));
                JiraState state = JiraState.of(jira, ID);
                List<String> problems = state.differencesFrom(plan(), ID, Set.of());
                duplicates += state.duplicates();
                missing += (int) problems.stream().filter(p -> p.endsWith(" 0 times")).count();
                assertEquals("seed " + seed + " (replay with -Dchaosday.crash.seed=" + seed + "): " + again.err(), 0, again.exit());
                assertEquals("seed " + seed + " (replay with -Dchaosday.crash.seed=" + seed + ")", List.of(), problems);
                keepState(logs, seed, jira, null);
            }
        }
        TokenLeaks.Scan scan = scanForToken(logs);
        Figures.report("crash create", seeds.size() + " runs of the packaged jar, " + killed + " killed mid-run (SIGKILL) "
                + "and run again; " + duplicates + " duplicates, " + missing + " missing; token found in "
                + scan.holding().size() + " of the " + scan.files() + " files left");
        assertEquals("files holding the token", List.of(), scan.holding());
        assertTrue("most runs were killed before they finished: " + killed, killed * 2 > seeds.size());
        TokenLeaks.removeAfterPassing(logs);
    }

    @Test
    public void publishKilledAtRandomPointsThenRunAgainEndsWithExactlyThePlannedPages() throws Exception {
        Path logs = Files.createTempDirectory("crash-publish");
        Map<String, String> planned = new TreeMap<>();
        int full;
        try (LocalJira jira = new LocalJira(5); LocalConfluence confluence = new LocalConfluence().latency(5)) {
            assertEquals(0, run(jira::requests, -1, logs, create(jira)).exit());
            IntSupplier both = () -> jira.requests() + confluence.requests().size();
            int before = both.getAsInt();
            Ended clean = run(both, -1, logs, publish(jira, confluence));
            assertEquals(clean.out() + clean.err(), 0, clean.exit());
            full = both.getAsInt() - before;
            confluence.pages().values().forEach(p -> planned.put(p.path("title").asText(), body(p)));
        }
        assertEquals(planned.keySet().toString(), 5, planned.size());
        int killed = 0;
        int duplicates = 0;
        int missing = 0;
        List<Long> seeds = trials(RUNS / 2);
        for (long seed : seeds) {
            Random random = new Random(seed);
            try (LocalJira jira = new LocalJira(5); LocalConfluence confluence = new LocalConfluence().latency(5)) {
                created(jira);
                IntSupplier both = () -> jira.requests() + confluence.requests().size();
                Ended first = run(both, both.getAsInt() + 1 + random.nextInt(full), logs, publish(jira, confluence));
                killed += first.killed() ? 1 : 0;
                Ended again = run(both, -1, logs, publish(jira, confluence));
                List<String> problems = pageProblems(planned, jira, confluence);
                duplicates += (int) problems.stream().filter(p -> p.startsWith("twice")).count();
                missing += (int) problems.stream().filter(p -> p.startsWith("missing")).count();
                assertEquals("seed " + seed + " (replay with -Dchaosday.crash.seed=" + seed + "): " + again.out() + again.err(),
                        0, again.exit());
                assertEquals("seed " + seed + " (replay with -Dchaosday.crash.seed=" + seed + ")", List.of(), problems);
                keepState(logs, seed, jira, confluence);
            }
        }
        TokenLeaks.Scan scan = scanForToken(logs);
        Figures.report("crash publish", seeds.size() + " runs of the packaged jar, " + killed + " killed mid-run (SIGKILL) "
                + "and run again; " + duplicates + " duplicate pages, " + missing + " missing; token found in "
                + scan.holding().size() + " of the " + scan.files() + " files left");
        assertEquals("files holding the token", List.of(), scan.holding());
        assertTrue("most runs were killed before they finished: " + killed, killed * 2 > seeds.size());
        TokenLeaks.removeAfterPassing(logs);
    }

    /** What the runs left in Jira and Confluence, as files: searched for the token with the runs' outputs. */
    private static void keepState(Path logs, long seed, LocalJira jira, LocalConfluence confluence) throws Exception {
        ObjectNode state = JSON.createObjectNode();
        jira.allIssues().forEach(issue -> state.withArray("issues").add(issue));
        if (confluence != null) {
            confluence.pages().values().forEach(page -> state.withArray("pages").add(page));
        }
        Files.writeString(logs.resolve("state-" + seed + ".json"), JSON.writeValueAsString(state));
    }

    /** The runs' outputs, working and home folders and state, and the figures file the suites write. */
    private static TokenLeaks.Scan scanForToken(Path logs) {
        return TokenLeaks.scan(TOKEN, List.of(logs, Path.of("target", "reliability-figures.txt")));
    }

    /** The page's body with the stubs' addresses (a new port each trial) written as one placeholder. */
    private static String body(JsonNode page) {
        return page.path("body").path("storage").path("value").asText().replaceAll("127\\.0\\.0\\.1:\\d+", "stub");
    }

    private static List<String> pageProblems(Map<String, String> planned, LocalJira jira, LocalConfluence confluence)
            throws Exception {
        List<String> problems = confluence.differencesFrom(planned, CrashResumeIT::body);
        for (ObjectNode issue : jira.allIssues()) {
            String labels = issue.path("fields").path("labels").toString();
            if (labels.contains("--review-Team") || labels.contains("--team-of-teams")) {
                JsonNode property = jira.propertyValue(issue.path("key").asText(), IssueProperties.PAGE);
                JsonNode value = property == null ? null : property.isTextual() ? JSON.readTree(property.asText()) : property;
                String pageId = value == null ? "" : value.path("pageId").asText();
                if (!confluence.pages().containsKey(pageId)) {
                    problems.add(issue.path("key").asText() + " points at no page (" + pageId + ")");
                }
            }
        }
        return problems;
    }
}
