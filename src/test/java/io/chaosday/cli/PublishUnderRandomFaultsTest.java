package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.reliability.Figures;
import io.chaosday.reliability.TokenLeaks;
import io.chaosday.http.Credentials;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.FakeIssueTracker;
import io.chaosday.workflow.PageAction;
import io.chaosday.workflow.PublishReviews;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.Test;

/**
 * Seeded publishes of a three-team Chaos Day (five pages) to a local Confluence that meets 20 % of
 * requests with a fault: 503, 429, a reset before acting, or an answer lost after acting. Each seed
 * must end with exactly the planned pages, markers and labels within two runs; a run that does not
 * finish must say what it left. Replay one seed with {@code -Dchaosday.faults.seed=N}.
 */
public class PublishUnderRandomFaultsTest {

    private static final ChaosDayId ID = ChaosDayId.fromName("Chaos Day");
    private static final LocalDate TODAY = LocalDate.parse("2027-03-20");
    private static final double RATE = 0.2;
    private static final int SEEDS = Integer.getInteger("chaosday.faults.seeds", 30);
    private static final List<String> LABELS = List.of("chaos-day", ID.label());
    /** Found nowhere but in the credentials: every file the runs leave is searched for it. */
    private static final String TOKEN = "faults-token-91c2e0b7d4";

    private static FakeIssueTracker jira() {
        FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1,
                        ChaosDaySpec.numberedTeams(3), WorkingCalendar.mondayToFriday())), false), Progress.SILENT);
        for (String team : List.of("Team 1", "Team 2", "Team 3")) {
            jira.descriptions.put(jira.byItem("review/" + team).key(),
                    "h2. Summary\n" + team + " found the fail-over slow\nh2. What we learnt\n* alerts fire late for " + team);
        }
        return jira;
    }

    private static PublishReviews.Report publish(FakeIssueTracker jira, LocalConfluence confluence) {
        RestClient client = RestClient.builder(confluence.base(), new Credentials.Bearer(TOKEN, "CONFLUENCE_TOKEN"))
                .sleeper(new RecordingSleeper()).build();
        var wiki = ConfluenceRestWiki.over(client, ConfluenceSite.Deployment.DATA_CENTER);
        return new PublishReviews(jira, new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))))
                .publish("CHAOS", ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID), "Chaos Day", wiki,
                        new PublishReviews.Target("CHAOS", Optional.empty(), false, false), TODAY, Progress.SILENT,
                        PublishReviews.Events.NONE);
    }

    /** Title to body of every page, as a fault-free publish leaves them. */
    private static Map<String, String> plannedPages() throws Exception {
        try (LocalConfluence clean = new LocalConfluence()) {
            publish(jira(), clean);
            Map<String, String> pages = new TreeMap<>();
            clean.pages().values().forEach(p -> pages.put(p.path("title").asText(), body(p)));
            return pages;
        }
    }

    private static String body(JsonNode page) {
        return page.path("body").path("storage").path("value").asText();
    }

    /** Everything that differs from the planned pages; empty when exact. */
    private static List<String> differences(Map<String, String> planned, LocalConfluence confluence, FakeIssueTracker jira)
            throws Exception {
        List<String> problems = confluence.differencesFrom(planned, PublishUnderRandomFaultsTest::body);
        Map<String, ObjectNode> byTitle = confluence.pagesByTitle();
        String lessonsId = byTitle.entrySet().stream().filter(e -> e.getKey().startsWith("Lessons"))
                .map(e -> e.getValue().path("id").asText()).findFirst().orElse("?");
        for (Map.Entry<String, ObjectNode> e : byTitle.entrySet()) {
            ObjectNode page = e.getValue();
            String id = page.path("id").asText();
            JsonNode marker = confluence.marker(id);
            if (marker != null && !marker.path("bodyHash").asText().equals(sha256(body(page)))) {
                problems.add("marker hash wrong on " + e.getKey() + ": " + marker);
            }
            if (!confluence.labels(id).containsAll(LABELS)) {
                problems.add("labels wrong on " + e.getKey() + ": " + confluence.labels(id));
            }
            String parent = page.path("ancestors").path(0).path("id").asText();
            if (!parent.equals(e.getKey().startsWith("Lessons") ? "" : lessonsId)) {
                problems.add(e.getKey() + " is under " + parent);
            }
        }
        for (String team : List.of("Team 1", "Team 2", "Team 3")) {
            String linked = jira.publishedPageIfAny("review/" + team).orElse("");
            if (!confluence.pages().containsKey(linked)) {
                problems.add("review/" + team + " points at no page (" + linked + ")");
            }
        }
        return problems;
    }

    /** What the runs left in Confluence and Jira, as a file: searched for the token with what the runs said. */
    private static void keepState(java.nio.file.Path left, long seed, FakeIssueTracker jira, LocalConfluence confluence) throws Exception {
        StringBuilder state = new StringBuilder();
        for (Map.Entry<String, ObjectNode> page : confluence.pages().entrySet()) {
            state.append(page.getValue()).append('\n').append(confluence.marker(page.getKey())).append('\n')
                    .append(confluence.labels(page.getKey())).append('\n');
        }
        jira.issues.values().forEach(issue -> state.append(issue).append('\n'));
        jira.descriptions.values().forEach(description -> state.append(description).append('\n'));
        jira.remoteLinks.values().forEach(links -> state.append(links).append('\n'));
        java.nio.file.Files.writeString(left.resolve("state-" + seed + ".txt"), state);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void seededPublishesAtTwentyPercentFaultsEndWithExactlyThePlannedPagesWithinTwoRuns() throws Exception {
        Map<String, String> planned = plannedPages();
        assertEquals(planned.keySet().toString(), 5, planned.size());
        List<Long> seeds = new ArrayList<>();
        Long replay = Long.getLong("chaosday.faults.seed");
        for (long seed = 1; seeds.size() < (replay == null ? SEEDS : 1); seed++) {
            seeds.add(replay == null ? seed : replay);
        }
        java.nio.file.Path left = java.nio.file.Files.createTempDirectory("faults-publish");
        int[] finishedAfter = new int[4];
        int faults = 0;
        int requests = 0;
        int duplicates = 0;
        int missing = 0;
        List<String> slow = new ArrayList<>();
        for (long seed : seeds) {
            FakeIssueTracker jira = jira();
            try (LocalConfluence confluence = new LocalConfluence()) {
                confluence.injectFaults(seed, RATE);
                int runs = 0;
                List<String> problems;
                do {
                    runs++;
                    String said;
                    try {
                        PublishReviews.Report report = publish(jira, confluence);
                        said = report.left().stream().map(PublishReviews.PageResult::title).toList().toString();
                    } catch (RuntimeException e) {
                        said = "stopped: " + e.getMessage();
                    }
                    problems = differences(planned, confluence, jira);
                    java.nio.file.Files.writeString(left.resolve("said-" + seed + "-" + runs + ".txt"), said);
                    if (replay != null) {
                        System.out.println("seed " + seed + " run " + runs + ": said " + said + "; differences " + problems);
                    }
                    assertTrue("seed " + seed + " run " + runs + " ended short of the plan without saying so: " + problems,
                            problems.isEmpty() || !said.equals("[]"));
                } while (!problems.isEmpty() && runs < 3);
                faults += confluence.faultsInjected();
                requests += confluence.requests().size();
                duplicates += (int) problems.stream().filter(p -> p.startsWith("twice")).count();
                missing += (int) problems.stream().filter(p -> p.startsWith("missing")).count();
                assertEquals("seed " + seed + " after " + runs + " runs (replay with -Dchaosday.faults.seed=" + seed + ")",
                        List.of(), problems);
                finishedAfter[runs]++;
                if (runs > 2) {
                    slow.add(String.valueOf(seed));
                }
                confluence.stopFaults();
                PublishReviews.Report again = publish(jira, confluence);
                keepState(left, seed, jira, confluence);
                assertTrue("seed " + seed + ": a clean re-publish changes nothing: " + again.pages(),
                        again.pages().stream().allMatch(p -> p.action() == PageAction.UNCHANGED));
            }
        }
        TokenLeaks.Scan scan = TokenLeaks.scan(TOKEN, List.of(left, java.nio.file.Path.of("target", "reliability-figures.txt")));
        Figures.report("publish at 20 % faults", seeds.size() + " seeded publishes, " + requests + " requests, " + faults
                + " faults injected; exact after 1 run: " + finishedAfter[1] + ", after 2: " + finishedAfter[2]
                + ", after 3: " + finishedAfter[3] + "; duplicates " + duplicates + ", missing " + missing + "; token found in "
                + scan.holding().size() + " of the " + scan.files() + " files left");
        assertEquals("files holding the token", List.of(), scan.holding());
        assertEquals("seeds that needed a third run: " + slow, List.of(), slow);
        assertTrue("most seeds finish in one run: " + finishedAfter[1] + " of " + seeds.size(), finishedAfter[1] * 2 > seeds.size());
        TokenLeaks.removeAfterPassing(left);
    }
}
