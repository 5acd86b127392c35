package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.FakeIssueTracker;
import io.chaosday.workflow.FakeWiki;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code --format json} on the commands that write: one document on stdout naming what was
 * created, moved, published or left alone, with keys and addresses, valid against the schema in
 * {@code docs/json/}.
 */
public class ResultJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final FakeWiki wiki = new FakeWiki();
    private final Map<String, String> env = Map.of("JIRA_URL", "https://jira.example", "JIRA_PROJECT", "CHAOS",
            "CONFLUENCE_URL", "https://wiki.example", "CONFLUENCE_SPACE", "CHAOS");

    @BeforeClass
    public static void readTheSchema() throws Exception {
        schema = JsonSchemaFactory.byDefault().getJsonSchema(JSON.readTree(Path.of("docs/json/chaosday-result.schema.json").toFile()));
    }

    /** Runs the command; its stdout must be one document the schema accepts. */
    private JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(CliRun.NOV_2026, env, CliRun.connections(jira, wiki), args);
        assertEquals(run.err(), 0, run.exit());
        JsonNode document = JSON.readTree(run.out());
        ProcessingReport report = schema.validate(document);
        assertTrue(report.toString(), report.isSuccess());
        return document;
    }

    private static List<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    public void createNamesEveryIssueItCreatedWithItsKeyAndAddress() throws Exception {
        JsonNode dry = json("create", "--chaos-day", "2027-03-10", "--team", "Payments", "--team", "Search",
                "--name", "Spring Chaos Day", "--dry-run", "--format", "json");
        assertTrue(dry.path("dryRun").asBoolean());
        assertEquals(16, dry.path("issues").size());
        assertTrue(items(dry.path("issues")).stream().allMatch(i -> i.path("action").asText().equals("would-create")
                && i.path("key").isNull()));
        assertTrue(jira.findIssues("CHAOS", "chaos-day").isEmpty());

        JsonNode created = json("create", "--chaos-day", "2027-03-10", "--team", "Payments", "--team", "Search",
                "--name", "Spring Chaos Day", "--format", "json");

        assertEquals("create", created.path("command").asText());
        assertEquals(io.chaosday.tracker.ChaosDayId.fromName("Spring Chaos Day").value(), created.path("chaosDay").path("id").asText());
        assertEquals("CHAOS", created.path("project").path("key").asText());
        Set<String> keys = new HashSet<>();
        for (JsonNode issue : created.path("issues")) {
            assertEquals("created", issue.path("action").asText());
            keys.add(issue.path("key").asText());
            assertEquals(jira.browse(issue.path("key").asText()).toString(), issue.path("url").asText());
        }
        Set<String> inJira = new HashSet<>();
        jira.findIssues("CHAOS", "chaos-day").stream().map(TrackedIssue::key).forEach(inJira::add);
        assertEquals(inJira, keys);
        assertEquals(16, keys.size());

        JsonNode again = json("create", "--chaos-day", "2027-03-10", "--team", "Payments", "--team", "Search",
                "--name", "Spring Chaos Day", "--format", "json");
        assertTrue(items(again.path("issues")).stream().allMatch(i -> i.path("action").asText().equals("unchanged")));
        assertEquals(16, again.path("issues").size());
    }

    @Test
    public void rescheduleSaysWhatMovedFromWhereToWhere() throws Exception {
        json("create", "--chaos-day", "2027-03-10", "--teams", "1", "--format", "json");

        JsonNode moved = json("reschedule", "--chaos-day", "2027-03-17", "--format", "json");

        assertEquals("reschedule", moved.path("command").asText());
        assertEquals("2027-03-17", moved.path("chaosDayDate").asText());
        JsonNode day = items(moved.path("issues")).stream()
                .filter(i -> i.path("summary").asText().equals("Run the Chaos Day")).findFirst().orElseThrow();
        assertEquals("moved", day.path("action").asText());
        assertEquals("2027-03-10", day.path("from").asText());
        assertEquals("2027-03-17", day.path("to").asText());
        assertEquals(java.util.Optional.of(java.time.LocalDate.parse("2027-03-17")),
                jira.state(day.path("key").asText()).due());
    }

    @Test
    public void experimentsAddAndOutcomeNameTheTicketsTheyWrote() throws Exception {
        json("create", "--chaos-day", "2027-03-10", "--team", "Payments", "--format", "json");

        JsonNode added = json("experiments", "add", "--title", "Payments API loses its database", "--rollback",
                "start it again", "--owner", "alice", "--team", "Payments", "--format", "json");

        assertEquals("experiments add", added.path("command").asText());
        JsonNode experiment = added.path("experiments").get(0);
        assertEquals("added", experiment.path("action").asText());
        String key = experiment.path("key").asText();
        assertEquals(jira.browse(key).toString(), experiment.path("url").asText());

        JsonNode outcome = json("experiments", "outcome", "--experiment", key, "--outcome", "resolved-by-team", "--format", "json");

        assertEquals(key, outcome.path("experiments").get(0).path("key").asText());
        assertEquals("resolved-by-team", outcome.path("experiments").get(0).path("outcome").asText());
    }

    @Test
    public void publishNamesEveryPageWithItsAddress() throws Exception {
        json("create", "--chaos-day", "2027-03-10", "--team", "Payments", "--format", "json");

        JsonNode published = json("publish", "--format", "json");

        assertEquals("publish", published.path("command").asText());
        assertFalse(published.path("pages").isEmpty());
        for (JsonNode page : published.path("pages")) {
            assertEquals("created", page.path("action").asText());
            assertTrue(page.toString(), page.path("url").asText().startsWith("https://"));
        }
        assertEquals(published.path("pages").size(), wiki.pages.size());
        JsonNode again = json("publish", "--format", "json");
        assertTrue(items(again.path("pages")).stream().allMatch(p -> p.path("action").asText().equals("unchanged")));
    }

    @Test
    public void theSchemaRefusesADocumentThatStraysFromIt() throws Exception {
        JsonNode stray = JSON.readTree("{\"command\": \"create\", \"dryRun\": false, \"chaosDay\": {\"id\": \"x\", \"name\": \"X\"},"
                + " \"issues\": [{\"action\": \"teleported\", \"key\": \"CHAOS-1\", \"url\": null, \"summary\": \"s\", \"due\": null}]}");
        assertFalse(schema.validate(stray).isSuccess());
    }
}
