package io.chaosday.jira.rest;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.jira.link.ConfluenceConnections;
import io.chaosday.jira.link.ConfluenceForPublishing;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.Wiki;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.FakeIssueTracker;
import io.chaosday.workflow.FakeWiki;
import org.junit.Before;
import org.junit.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Publishing through the REST resource, from the first publish to a page a person edited: each
 * answer is what the page's script shows (created, updated, unchanged, left alone with who edited it,
 * improvement tickets), and each is checked against docs/openapi/chaosday-rest.yaml.
 */
public class PublishThroughTheResourceTest {

    private static final String REQUEST = "{\"spaceKey\":\"OPS\"}";

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final FakeWiki wiki = new FakeWiki();
    private final FacilitatorInJira host = new FacilitatorInJira();
    private final ClusterLock lock = host.lock;
    private final ChaosDayRestContract contract = new ChaosDayRestContract();
    private ChaosDayCalls resource;

    @Before
    public void twoTeamsWhoseFirstReviewIsWrittenUp() {
        ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Payments Chaos Day",
                LocalDate.parse("2027-03-10"), 1, List.of("Team 1", "Team 2"), WorkingCalendar.mondayToFriday()));
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false), Progress.SILENT);
        jira.descriptions.put(jira.byItem("review/Team 1").key(), """
                h2. Summary
                The database fail-over took 4 minutes, not 30 seconds.
                h2. Improvements
                * Lower the DNS TTL (owner: Alice, due: 2027-04-01)
                """);
        wiki.spaces.add("OPS");

        resource = host.resource(jira, new LinkedTo(wiki), Clock.fixed(Instant.parse("2027-03-20T09:00:00Z"), ZoneOffset.UTC));
    }

    /** The primary application link, authorised, leading to the fake Confluence. */
    private record LinkedTo(Wiki fake) implements ConfluenceForPublishing {
        @Override
        public ConfluenceConnections.Target target() {
            return new ConfluenceConnections.Target(ConfluenceConnections.State.LINKED, "Team wiki", URI.create("https://wiki.example"));
        }

        @Override
        public Optional<Wiki> wiki() {
            return Optional.of(fake);
        }
    }

    private JsonNode published() throws Exception {
        ChaosDayCalls.Answer answer = resource.publish("CHAOS", REQUEST);
        assertEquals(answer.json(), 200, answer.status());
        contract.assertAccepts(Request.Method.POST, "/project/CHAOS/publish", REQUEST, 200, answer.json());
        return new ObjectMapper().readTree(answer.json());
    }

    /** Each page's title and what happened to it. */
    private static Map<String, String> actions(JsonNode answer) {
        Map<String, String> actions = new TreeMap<>();
        answer.get("pages").forEach(page -> actions.put(page.get("title").asText(), page.get("action").asText()));
        return actions;
    }

    private static String titleFor(JsonNode answer, String team) {
        return StreamSupport.stream(answer.get("pages").spliterator(), false).map(p -> p.get("title").asText())
                .filter(title -> title.contains(team)).findFirst().orElseThrow(() -> new AssertionError("no page for " + team + ": " + answer));
    }

    @Test
    public void theFirstPublishCreatesEveryPageAndTheImprovementTicket() throws Exception {
        JsonNode answer = published();

        assertEquals("the lessons page and three reviews", 4, answer.get("pages").size());
        assertTrue(actions(answer).toString(), actions(answer).values().stream().allMatch("CREATED"::equals));
        answer.get("pages").forEach(page -> assertTrue(page.toString(), page.get("url").asText().startsWith("https://wiki.example/pages/")));
        assertEquals(1, answer.get("improvementsCreated").size());
        JsonNode idea = answer.get("improvementsCreated").get(0);
        assertEquals("Lower the DNS TTL", idea.get("summary").asText());
        assertEquals("https://jira.example.com/browse/" + idea.get("key").asText(), idea.get("url").asText());
        verify(lock).tryLock();
        verify(lock).unlock();
    }

    @Test
    public void publishingAgainWithNothingNewLeavesEveryPageUnchangedAndRaisesNoTicketTwice() throws Exception {
        published();
        long writes = wiki.writeCount();

        JsonNode again = published();

        assertTrue(actions(again).toString(), actions(again).values().stream().allMatch("UNCHANGED"::equals));
        assertEquals(0, again.get("improvementsCreated").size());
        assertEquals("nothing written to Confluence", writes, wiki.writeCount());
    }

    @Test
    public void aChangedReviewIsUpdatedAndAPageAPersonEditedIsLeftAloneNamingThem() throws Exception {
        JsonNode first = published();
        String team2Page = jira.publishedPage("review/Team 2");
        wiki.editByPerson(team2Page, "Carol", "<p>Carol's notes</p>");
        jira.descriptions.put(jira.byItem("review/Team 2").key(), "h2. Summary\nChanged in Jira since.");
        jira.descriptions.put(jira.byItem("review/Team 1").key(), """
                h2. Summary
                The fail-over took 4 minutes; DNS was the cause.
                h2. Improvements
                * Lower the DNS TTL (owner: Alice, due: 2027-04-01)
                """);

        JsonNode answer = published();

        Map<String, String> actions = actions(answer);
        assertEquals(actions.toString(), "UPDATED", actions.get(titleFor(first, "Team 1")));
        assertEquals(actions.toString(), "SKIPPED_EDITED", actions.get(titleFor(first, "Team 2")));
        JsonNode edited = StreamSupport.stream(answer.get("pages").spliterator(), false)
                .filter(p -> p.get("action").asText().equals("SKIPPED_EDITED")).findFirst().orElseThrow();
        assertEquals("Carol", edited.get("editedBy").asText());
        assertEquals("<p>Carol's notes</p>", wiki.pages.get(team2Page).page().body());
        assertEquals("the same idea is not raised again", 0, answer.get("improvementsCreated").size());
        verify(lock, times(2)).unlock();
    }
}
