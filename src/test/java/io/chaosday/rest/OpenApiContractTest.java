package io.chaosday.rest;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.chaosday.http.HttpMethod;
import io.chaosday.http.RestClient;
import io.chaosday.http.RestException;
import io.chaosday.link.Urls;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The contract check can fail: it catches wrong paths, methods and bodies, and relaxes only the
 * documented defects. Requests really go through WireMock, as in the adapter tests.
 */
public class OpenApiContractTest {

    private static WireMockServer server;

    private static final String ISSUE = "{\"fields\":{\"project\":{\"key\":\"CHAOS\"},\"issuetype\":{\"id\":\"10002\"},"
            + "\"summary\":\"Kick-off\",\"duedate\":\"2025-04-10\",\"labels\":[\"chaos-day-spring\"]}}";

    @Test
    public void aMisspeltPathIsCaught() {
        assertEquals(List.of("validation.request.path.missing"),
                errorKeys(OpenApiContract.jiraDataCenter(), request(HttpMethod.POST, "/rest/api/2/isue/bulk", "{\"issueUpdates\":[]}")));
    }

    @Test
    public void aWrongMethodIsCaught() {
        assertEquals(List.of("validation.request.operation.notAllowed"),
                errorKeys(OpenApiContract.jiraDataCenter(), request(HttpMethod.DELETE, "/rest/api/2/serverInfo", null)));
    }

    @Test
    public void aMalformedBodyIsCaughtDespiteTheRelaxedFieldValues() {
        List<String> keys = errorKeys(OpenApiContract.jiraDataCenter(),
                request(HttpMethod.POST, "/rest/api/2/issue/bulk", "{\"issueUpdates\":\"not a list\"}"));

        assertTrue(keys.toString(), keys.contains("validation.request.body.schema.type"));
    }

    @Test
    public void aDataCenterIssueWithPlainFieldValuesAndABearerTokenIsAccepted() {
        assertEquals(List.of(), errorKeys(OpenApiContract.jiraDataCenter(),
                request(HttpMethod.POST, "/rest/api/2/issue/bulk", "{\"issueUpdates\":[" + ISSUE + "]}")));
    }

    @Test
    public void cloudsSearchByJqlIsAcceptedButAMisspeltCloudPathIsNot() {
        OpenApiContract cloud = OpenApiContract.jiraCloud();

        assertEquals(List.of(), errorKeys(cloud, request(HttpMethod.POST, "/rest/api/3/search/jql", "{\"jql\":\"x\"}")));
        assertEquals(List.of("validation.request.path.missing"),
                errorKeys(cloud, request(HttpMethod.POST, "/rest/api/3/serch/jql", "{\"jql\":\"x\"}")));
    }

    @Test
    public void theConfluenceDocumentsAreReadyForTheConfluenceAdapter() {
        String page = "{\"id\":\"123\",\"status\":\"current\",\"title\":\"Review\",\"version\":{\"number\":2},"
                + "\"body\":{\"representation\":\"storage\",\"value\":\"<p>x</p>\"}}";

        assertEquals(List.of(), errorKeys(OpenApiContract.confluenceDataCenter("/"),
                request(HttpMethod.GET, "/rest/api/content/123", null)));
        assertEquals(List.of("validation.request.path.missing"), errorKeys(OpenApiContract.confluenceDataCenter("/"),
                request(HttpMethod.GET, "/rest/api/contnet/123", null)));
        assertEquals(List.of(), errorKeys(OpenApiContract.confluenceCloudV2(),
                request(HttpMethod.PUT, "/wiki/api/v2/pages/123", page)));
    }

    @Test
    public void anAnswerCarryingAFieldTheDocumentDoesNotDeclareIsCaught() {
        String project = "{\"id\":\"10000\",\"key\":\"CHAOS\",\"name\":\"Chaos\"";

        assertEquals(List.of(), answerProblems(OpenApiContract.jiraDataCenter(), "/rest/api/2/project/CHAOS", project + "}"));
        List<String> problems = answerProblems(OpenApiContract.jiraDataCenter(), "/rest/api/2/project/CHAOS",
                project + ",\"issueTypes\":[{\"id\":\"1\",\"name\":\"Epic\"}]}");
        assertEquals(problems.toString(), 1, problems.size());
        assertTrue(problems.get(0), problems.get(0).contains("validation.response.body.schema.additionalProperties")
                && problems.get(0).contains("issueTypes"));
    }

    @Test
    public void eachItemOfADataCenterListOrPageIsHeldToTheItemSchemaTheDocumentDeclares() {
        String createMeta = "/rest/api/2/issue/createmeta/CHAOS/issuetypes";
        String page = "{\"startAt\":0,\"maxResults\":50,\"total\":1,\"isLast\":true,\"values\":[%s]}";

        assertEquals(List.of(), answerProblems(OpenApiContract.jiraDataCenter(), createMeta,
                page.formatted("{\"id\":\"1\",\"name\":\"Epic\",\"subtask\":false}")));
        assertEquals(1, answerProblems(OpenApiContract.jiraDataCenter(), createMeta,
                page.formatted("{\"id\":\"1\",\"name\":\"Epic\",\"hierarchyLevel\":1}")).size());
        assertEquals(1, answerProblems(OpenApiContract.jiraDataCenter(), createMeta,
                page.replace("\"isLast\"", "\"last\"").formatted("")).size());
        assertEquals(1, answerProblems(OpenApiContract.jiraDataCenter(), "/rest/api/2/field",
                "[{\"id\":\"summary\",\"name\":\"Summary\"},{\"id\":\"x\",\"colour\":\"red\"}]").size());
    }

    private static List<String> answerProblems(OpenApiContract contract, String path, String body) {
        Exchange exchange = new Exchange("GET", path, java.util.Map.of("Authorization", List.of("Bearer t")), null,
                java.util.Optional.of(new Exchange.Answer(200, "application/json", body)));
        return contract.problems(exchange);
    }

    private static List<String> errorKeys(OpenApiContract contract, LoggedRequest request) {
        return contract.validate(request).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getKey).toList();
    }

    @BeforeClass
    public static void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    @AfterClass
    public static void stop() {
        server.stop();
    }

    /** Sends the request to a WireMock without stubs and returns it as WireMock recorded it. */
    private static LoggedRequest request(HttpMethod method, String path, String body) {
        server.resetRequests();
        RestClient client = RestClient.builder(URI.create(server.baseUrl()), Secrets.BEARER).sleeper(d -> { }).build();
        Urls.Path url = Urls.path(path.substring(1).split("/"));
        try {
            client.send(method, url, body == null ? null : new ObjectMapper().readTree(body));
        } catch (RestException unstubbed) {
            // WireMock answers 404: only the recorded request matters here.
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return server.getAllServeEvents().get(0).getRequest();
    }
}
