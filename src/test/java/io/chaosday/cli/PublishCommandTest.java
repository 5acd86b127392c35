package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.workflow.FakeIssueTracker;
import io.chaosday.workflow.FakeWiki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class PublishCommandTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final FakeWiki wiki = new FakeWiki();

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--jira", "https://jira.example", "--project", "CHAOS"}, 0, all, args.length, 4);
        return CliRun.of(CliRun.NOV_2026, Map.of(), CliRun.connections(jira, wiki), all);
    }

    @Before
    public void createAChaosDayWithAReview() {
        assertEquals(0, run("create", "--chaos-day", "2027-03-10", "--name", "Payments <Chaos> Day").exit());
        jira.descriptions.put(jira.byItem("review").key(), "h2. Summary\nThe <script>alert(1)</script> fail-over was slow.");
    }

    @Test
    public void previewWritesEachPageAsHtmlAndStorageWithoutConfluence() throws Exception {
        Path dir = tmp.getRoot().toPath().resolve("preview");
        CliRun run = run("publish", "--preview", dir.toString());
        assertEquals(run.err(), 0, run.exit());
        try (var files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(names.toString(), 4, names.size());
            assertTrue(names.toString(), names.get(0).startsWith("00-lessons"));
        }
        String review = Files.readString(dir.resolve(run.out().lines().filter(l -> l.startsWith("preview") && l.contains("01-"))
                .findFirst().orElseThrow().substring("preview ".length())));
        assertTrue(review, review.contains("fail-over was slow"));
        assertTrue(review, !review.contains("<script>"));
        assertEquals(0, wiki.writeCount());
    }

    @Test
    public void publishTwiceChangesNothingTheSecondTime() {
        CliRun first = run("publish", "--confluence", "https://wiki.example", "--space", "CHAOS");
        assertEquals(first.err(), 0, first.exit());
        assertEquals(2, wiki.pages.size());
        long writes = wiki.writeCount();
        CliRun second = run("publish", "--confluence", "https://wiki.example", "--space", "CHAOS");
        assertEquals(0, second.exit());
        assertEquals(writes, wiki.writeCount());
        assertTrue(second.out(), second.out().contains("unchanged"));
    }

    @Test
    public void anEditedPageStopsWithItsEditorAndForceGoesPast() {
        run("publish", "--confluence", "https://wiki.example", "--space", "CHAOS");
        String pageId = jira.publishedPage("review");
        wiki.editByPerson(pageId, "Carol", "<p>mine</p>");
        jira.descriptions.put(jira.byItem("review").key(), "h2. Summary\nnew");
        CliRun run = run("publish", "--confluence", "https://wiki.example", "--space", "CHAOS");
        assertEquals(1, run.exit());
        assertTrue(run.err(), run.err().contains("edited in Confluence by Carol"));
        assertEquals(0, run("publish", "--confluence", "https://wiki.example", "--space", "CHAOS", "--force").exit());
    }

    @Test
    public void withoutAddPagesPublishAndItsDryRunStopBeforeCreatingAnyImprovementTicket() {
        jira.descriptions.put(jira.byItem("review").key(),
                "h2. Improvements\n* Lower the DNS TTL (owner: Alice, due: 2027-04-01)");
        wiki.mayAddPages = false;
        int before = jira.issues.size();
        for (String[] args : new String[][] {{"--dry-run"}, {}}) {
            String[] all = new String[5 + args.length];
            System.arraycopy(new String[] {"publish", "--confluence", "https://wiki.example", "--space", "CHAOS"}, 0, all, 0, 5);
            System.arraycopy(args, 0, all, 5, args.length);
            CliRun run = run(all);
            assertEquals(run.err(), 2, run.exit());
            assertEquals("publish: you may not add pages in Confluence space CHAOS; nothing was created in Jira or"
                    + " Confluence. Ask a space admin of CHAOS for the \"Add pages\" permission (Space settings >"
                    + " Permissions), or publish into another space with --space" + System.lineSeparator(), run.err());
            assertEquals(before, jira.issues.size());
            assertEquals(0, wiki.writeCount());
        }
        wiki.mayAddPages = true;
        assertEquals(0, run("publish", "--confluence", "https://wiki.example", "--space", "CHAOS").exit());
        assertEquals("the same run with the permission creates the improvement ticket", before + 1, jira.issues.size());
    }

    @Test
    public void publishWithoutASpaceIsBadInput() {
        CliRun run = run("publish", "--confluence", "https://wiki.example");
        assertEquals(2, run.exit());
        assertEquals("publish: --space KEY is missing; give it, set CONFLUENCE_SPACE, or put 'space: KEY' in .chaosday.yaml (or in your own file: chaosday init)" + System.lineSeparator(), run.err());
    }
}
