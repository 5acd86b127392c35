package io.chaosday.rest;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.chaosday.http.BoundedParallel;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.DueDateChange;
import io.chaosday.tracker.NewProject;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackerException;
import org.junit.Rule;
import org.junit.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.chaosday.rest.JiraFixtures.ok;
import static io.chaosday.rest.JiraFixtures.task;
import static io.chaosday.rest.Secrets.assertNoToken;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertThrows;

/** What a person reads when Jira says no, or cannot be reached: what to do, and never the token. */
public class JiraFailureMessagesTest {

    @Rule
    public final ContractCheckedWireMock jira = new ContractCheckedWireMock(OpenApiContract.jiraDataCenter(),
            WireMockConfiguration.options().dynamicPort().dynamicHttpsPort());

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    public void anExpiredTokenIsNamedByWhereItCameFrom() {
        // Answered later than the field list read beside it (unstubbed here: 404), whose failure must not hide this one.
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/project/CHAOS")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"errorMessages\":[\"Token expired\"]}")
                .withFixedDelay(300)));

        TrackerException e = assertThrows(TrackerException.class, () -> tracker(jira.base()).findProject("CHAOS"));

        assertEquals(TrackerException.Kind.UNAUTHORISED, e.kind());
        assertEquals("Jira did not accept the token in JIRA_TOKEN (401); check it has not expired", e.getMessage());
        assertNoToken(e);
    }

    @Test
    public void aMissingPermissionIsNamed() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/field")).willReturn(ok("dc/field.json")));
        JiraFixtures.dataCenterProject(jira.server(), "CHAOS");
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/issue/bulk")).willReturn(aResponse().withStatus(403)));

        TrackerException e = assertThrows(TrackerException.class,
                () -> tracker(jira.base()).createIssues("CHAOS", List.of(task("a", "A", "CHAOS-1")), Progress.SILENT));

        assertEquals(TrackerException.Kind.FORBIDDEN, e.kind());
        assertEquals("Jira refused creating issues in CHAOS (403): your account needs Create Issues in project CHAOS.",
                e.getMessage());
        assertNoToken(e);
    }

    @Test
    public void aMissingIssueIsNotFoundInJirasWords() {
        jira.server().stubFor(put(urlPathEqualTo("/rest/api/2/issue/CHAOS-99"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"errorMessages\":[\"Issue Does Not Exist\"],\"errors\":{}}")));

        TrackerException e = assertThrows(TrackerException.class, () -> tracker(jira.base()).changeDueDates(
                List.of(new DueDateChange("CHAOS-99", Optional.empty(),
                        LocalDate.of(2025, 5, 1))), Progress.SILENT));

        assertEquals(TrackerException.Kind.NOT_FOUND, e.kind());
        assertEquals("Jira found nothing at /rest/api/2/issue/CHAOS-99 while changing the due date of CHAOS-99 (404)."
                + " Jira said: Issue Does Not Exist", e.getMessage());
        assertNoToken(e);
    }

    @Test
    public void creatingProjectsNeedsJiraAdministration() {
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/project")).willReturn(aResponse().withStatus(403)));

        TrackerException e = assertThrows(TrackerException.class, () -> tracker(jira.base())
                .createProject(new NewProject("CHAOS", "Chaos", Optional.of("ada"))));

        assertTrue(e.getMessage(), e.getMessage().contains("Administer Jira to create projects"));
    }

    @Test
    public void aLostBulkCreateAnswerSaysTheIssuesMayExistAndIsNotResent() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/field")).willReturn(ok("dc/field.json")));
        JiraFixtures.dataCenterProject(jira.server(), "CHAOS");
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/issue/bulk"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        TrackerException e = assertThrows(TrackerException.class,
                () -> tracker(jira.base()).createIssues("CHAOS", List.of(task("a", "A", "CHAOS-1")), Progress.SILENT));

        assertEquals(TrackerException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("may or may not have been made"));
        assertTrue(e.getMessage(), e.getMessage().contains("Run again: what was created is found again"));
        assertEquals(1, jira.received().stream().filter(r -> r.getUrl().endsWith("/bulk")).count());
    }

    @Test
    public void anUnreachableSiteSaysToCheckTheUrl() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://localhost:" + socket.getLocalPort());
        }
        URI site = closed;

        TrackerException e = assertThrows(TrackerException.class, () -> tracker(site).findProject("CHAOS"));

        assertEquals(TrackerException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage(), e.getMessage().startsWith("cannot reach " + site + " ("));
        assertTrue(e.getMessage(), e.getMessage().endsWith("check the URL"));
    }

    @Test
    public void anUntrustedCertificateIsExplainedNotIgnored() {
        URI https = URI.create("https://localhost:" + jira.server().httpsPort());

        TrackerException e = assertThrows(TrackerException.class, () -> tracker(https).findProject("CHAOS"));

        assertEquals(TrackerException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage(), e.getMessage().startsWith("TLS handshake with " + https + " failed"));
        assertTrue(e.getMessage(), e.getMessage().contains("not trusted by Java"));
    }

    @Test
    public void theTrackerNeverShowsItsToken() {
        JiraRestTracker tracker = tracker(jira.base());

        assertNoToken(tracker.toString());
        assertTrue(tracker.toString(), tracker.toString().contains("JIRA_TOKEN"));
    }

    private JiraRestTracker tracker(URI base) {
        RestClient client = RestClient.builder(base, Secrets.BEARER).sleeper(sleeper).jitter(() -> 0.5).build();
        return new JiraRestTracker(client, new JiraApi(base, JiraApi.Deployment.DATA_CENTER), new BoundedParallel());
    }
}
