package io.chaosday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.DueDateChange;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.TextBlock;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.chaosday.rest.JiraFixtures.answer;
import static io.chaosday.rest.JiraFixtures.bulkCreated;
import static io.chaosday.rest.JiraFixtures.epic;
import static io.chaosday.rest.JiraFixtures.experiment;
import static io.chaosday.rest.JiraFixtures.ok;
import static io.chaosday.rest.JiraFixtures.task;
import static io.chaosday.rest.JiraFixtures.tasks;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class JiraDataCenterCreateTest {

    private static final String BULK = "/rest/api/2/issue/bulk";

    @Rule
    public final ContractCheckedWireMock jira = new ContractCheckedWireMock(OpenApiContract.jiraDataCenter());

    private final RecordingProgress progress = new RecordingProgress();
    private JiraRestTracker tracker;

    @Before
    public void connect() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/serverInfo")).willReturn(ok("dc/serverInfo.json")));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/field")).willReturn(ok("dc/field.json")));
        JiraFixtures.dataCenterProject(jira.server(), "CHAOS");
        RestClient client = RestClient.builder(jira.base(), Secrets.BEARER).sleeper(new RecordingSleeper()).build();
        tracker = JiraRestTracker.connect(client);
    }

    @Test
    public void anEpicCarriesItsEpicNameWikiDescriptionLabelsAndIdentityProperty() throws Exception {
        jira.server().stubFor(post(urlPathEqualTo(BULK)).willReturn(bulkCreated(1, 1)));
        NewIssue plan = epic("plan");

        List<TrackedIssue> created = tracker.createIssues("CHAOS", List.of(plan), progress);

        assertEquals("CHAOS-1", created.get(0).key());
        assertEquals(Optional.of(plan.identity()), created.get(0).identity());
        JsonNode fields = bulkBodies().get(0).path("issueUpdates").get(0).path("fields");
        assertEquals("CHAOS", fields.path("project").path("key").asText());
        assertEquals("10000", fields.path("issuetype").path("id").asText());
        assertEquals("Phase: plan", fields.path("customfield_10102").asText());
        assertEquals("h3. Why\n\nGet ready.", fields.path("description").asText());
        assertEquals("2025-05-01", fields.path("duedate").asText());
        assertEquals(List.of("chaos-day", "chaos-day-spring", plan.identity().label()), texts(fields.path("labels")));
        JsonNode property = bulkBodies().get(0).path("issueUpdates").get(0).path("properties").get(0);
        assertEquals("io.chaosday.identity", property.path("key").asText());
        assertEquals("{\"chaosDay\":\"spring\",\"item\":\"epic/plan\"}", property.path("value").asText());
    }

    @Test
    public void aTicketIsLinkedToItsEpicAndAnExperimentWithoutItsOwnTypeIsALabelledTask() throws Exception {
        jira.server().stubFor(post(urlPathEqualTo(BULK)).willReturn(bulkCreated(2, 5)));

        tracker.createIssues("CHAOS", List.of(task("kickoff/Team 1", "Kick-off", "CHAOS-1"), experiment("cache", "CHAOS-1")),
                progress);

        JsonNode updates = bulkBodies().get(0).path("issueUpdates");
        assertEquals("CHAOS-1", updates.get(0).path("fields").path("customfield_10100").asText());
        assertEquals("10002", updates.get(1).path("fields").path("issuetype").path("id").asText());
        assertTrue(texts(updates.get(1).path("fields").path("labels")).contains("chaos-experiment"));
    }

    @Test
    public void manyIssuesGoInBatchesOfFiftyAndComeBackInOrder() throws Exception {
        for (int batch = 0; batch < 3; batch++) {
            jira.server().stubFor(post(urlPathEqualTo(BULK))
                    .withRequestBody(matchingJsonPath("$.issueUpdates[0].fields.summary", equalTo("Step " + (batch * 50 + 1))))
                    .willReturn(bulkCreated(batch == 2 ? 20 : 50, 100 + batch * 50)));
        }

        List<TrackedIssue> created = tracker.createIssues("CHAOS", tasks(120, "CHAOS-1"), progress);

        assertEquals(120, created.size());
        for (int i = 0; i < 120; i++) {
            assertEquals("CHAOS-" + (100 + i), created.get(i).key());
            assertEquals("Step " + (i + 1), created.get(i).summary());
        }
        List<Integer> sizes = new ArrayList<>();
        bulkBodies().forEach(body -> sizes.add(body.path("issueUpdates").size()));
        sizes.sort(null);
        assertEquals(List.of(20, 50, 50), sizes);
        assertEquals(3, progress.reports().size());
        assertTrue(progress.reports().toString(), progress.reports().contains("Creating issues 120/120"));
    }

    @Test
    public void whatJiraRefusesIsNamedAfterEveryBatchHasBeenSent() throws Exception {
        jira.server().stubFor(post(urlPathEqualTo(BULK))
                .withRequestBody(matchingJsonPath("$.issueUpdates[0].fields.summary", equalTo("Step 1")))
                .willReturn(bulkCreated(50, 100)));
        jira.server().stubFor(post(urlPathEqualTo(BULK))
                .withRequestBody(matchingJsonPath("$.issueUpdates[0].fields.summary", equalTo("Step 51")))
                .willReturn(answer(201, "dc/bulk-partial.json")));

        TrackerException e = assertThrows(TrackerException.class,
                () -> tracker.createIssues("CHAOS", tasks(53, "CHAOS-1"), progress));

        assertEquals(TrackerException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().startsWith("Jira refused 1 of 53 issues in CHAOS: "
                + "\"Step 52\" (step/52): duedate: Error parsing date string: 2025-13-01. It created CHAOS-100, "));
        assertTrue(e.getMessage(), e.getMessage().contains("CHAOS-149, CHAOS-10, CHAOS-12, which a new run finds again"));
        assertEquals("the other batch was still sent", 2, bulkBodies().size());
    }

    @Test
    public void aBatchJiraRefusesWholeIsReadFromItsErrorAnswer() {
        jira.server().stubFor(post(urlPathEqualTo(BULK)).willReturn(answer(400, "dc/bulk-all-refused.json")));

        TrackerException e = assertThrows(TrackerException.class,
                () -> tracker.createIssues("CHAOS", List.of(task("a", "A", "CHAOS-1")), progress));

        assertEquals(TrackerException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("You do not have permission to create issues in this project."));
    }

    @Test
    public void theIssueTypesComeFromCreateMetadataPageByPageWhenTheProjectDoesNotListThem() throws Exception {
        String createMeta = "/rest/api/2/issue/createmeta/CHAOS/issuetypes";
        jira.server().stubFor(get(urlPathEqualTo(createMeta)).withQueryParam("startAt", equalTo("0"))
                .willReturn(ok("dc/issuetypes-CHAOS-page1.json")));
        jira.server().stubFor(get(urlPathEqualTo(createMeta)).withQueryParam("startAt", equalTo("2"))
                .willReturn(ok("dc/issuetypes-CHAOS-page2.json")));
        jira.server().stubFor(post(urlPathEqualTo(BULK)).willReturn(bulkCreated(2, 1)));

        tracker.createIssues("CHAOS", List.of(epic("plan"), task("step/1", "Step 1", "CHAOS-1")), progress);

        JsonNode updates = bulkBodies().get(0).path("issueUpdates");
        assertEquals("the Epic type on the second page", "10007", updates.get(0).path("fields").path("issuetype").path("id").asText());
        assertEquals("no Task type: the first other standard type", "10001",
                updates.get(1).path("fields").path("issuetype").path("id").asText());
        assertEquals(2, jira.server().findAll(getRequestedFor(urlPathEqualTo(createMeta))).size());
    }

    @Test
    public void theProjectsOwnListOfIssueTypesIsUsedWhenJiraSendsIt() throws Exception {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/project/CHAOS")).willReturn(ok("dc/project-CHAOS-with-issue-types.json"))
                .withMetadata(Exchange.offContract("real Jira lists issueTypes on the project; ProjectBean does not declare them")));
        jira.server().stubFor(post(urlPathEqualTo(BULK)).willReturn(bulkCreated(1, 1)));

        tracker.createIssues("CHAOS", List.of(epic("plan")), progress);

        assertEquals("10000", bulkBodies().get(0).path("issueUpdates").get(0).path("fields").path("issuetype").path("id").asText());
        assertEquals(0, jira.server().findAll(getRequestedFor(urlPathMatching("/rest/api/2/issue/createmeta/.*"))).size());
    }

    @Test
    public void aSiteWithoutJiraSoftwareCannotHoldChaosDayEpics() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/field")).willReturn(ok("dc/field-without-software.json")));
        JiraFixtures.dataCenterProject(jira.server(), "BIZ");

        TrackerException e = assertThrows(TrackerException.class,
                () -> tracker.createIssues("BIZ", List.of(epic("plan")), progress));

        assertEquals(TrackerException.Kind.UNSUPPORTED, e.kind());
        assertEquals("this Jira has no Epic issue type in project BIZ: Jira Software is needed for Chaos Day epics",
                e.getMessage());
    }

    @Test
    public void userTextStaysLiteralInWikiMarkup() throws Exception {
        jira.server().stubFor(post(urlPathEqualTo(BULK)).willReturn(bulkCreated(1, 1)));
        NewIssue sneaky = new NewIssue(epic("plan").identity(), epic("plan").kind(), "{html}<b>x</b>{html}",
                List.of(new TextBlock.Paragraph("[link|http://evil] *bold* {html}")), Optional.empty(), List.of(),
                Optional.empty());

        tracker.createIssues("CHAOS", List.of(sneaky), progress);

        assertEquals("\\[link\\|http://evil\\] \\*bold\\* \\{html\\}",
                bulkBodies().get(0).path("issueUpdates").get(0).path("fields").path("description").asText());
    }

    @Test
    public void dueDatesAreMovedWithOnePutPerIssue() {
        jira.server().stubFor(put(urlPathMatching("/rest/api/2/issue/CHAOS-[0-9]+")).willReturn(aResponse().withStatus(204)));

        tracker.changeDueDates(List.of(
                new DueDateChange("CHAOS-2", Optional.of(LocalDate.of(2025, 4, 10)), LocalDate.of(2025, 4, 17)),
                new DueDateChange("CHAOS-3", Optional.empty(), LocalDate.of(2025, 4, 18))), progress);

        List<String> sent = jira.received().stream().filter(r -> r.getMethod().getName().equals("PUT"))
                .map(r -> r.getUrl() + " " + r.getBodyAsString()).sorted().toList();
        assertEquals(List.of("/rest/api/2/issue/CHAOS-2 {\"fields\":{\"duedate\":\"2025-04-17\"}}",
                "/rest/api/2/issue/CHAOS-3 {\"fields\":{\"duedate\":\"2025-04-18\"}}"), sent);
        assertTrue(progress.reports().contains("Moving due dates 2/2"));
    }

    private List<JsonNode> bulkBodies() throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        for (LoggedRequest request : jira.received()) {
            if (request.getUrl().equals(BULK)) {
                bodies.add(new ObjectMapper().readTree(request.getBodyAsString()));
            }
        }
        return bodies;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
