package io.chaosday.rest;

import io.chaosday.http.Credentials;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.TrackerException;
import java.net.URI;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.chaosday.rest.JiraFixtures.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * A personal access token is Data Center's, so a run with one talks REST v2 without asking the
 * site first; when that guess or the address is wrong, the first failure asks the site and says which.
 */
public class PersonalAccessTokenSiteTest {

    @Rule
    public final ContractCheckedWireMock jira = new ContractCheckedWireMock(OpenApiContract.jiraDataCenter());

    @Test
    public void aPersonalAccessTokenMeansDataCenterWithoutARequest() {
        URI site = URI.create("https://jira.example.com/jira");

        assertEquals(JiraApi.Deployment.DATA_CENTER, JiraApi.fromCredentials(site, Secrets.BEARER).orElseThrow().deployment());
        assertTrue("an e-mail and token may be either kind", JiraApi.fromCredentials(site,
                new Credentials.Basic("me@example.com", "token", "JIRA_TOKEN")).isEmpty());
        assertTrue("Atlassian's hosts are asked", JiraApi.fromCredentials(URI.create("https://acme.atlassian.net"), Secrets.BEARER).isEmpty());
        assertTrue(JiraApi.fromCredentials(URI.create("https://api.atlassian.com/ex/jira/1"), Secrets.BEARER).isEmpty());
        assertTrue("only Atlassian's own", JiraApi.fromCredentials(URI.create("https://jira.notatlassian.com"), Secrets.BEARER).isPresent());
    }

    @Test
    public void anEmailAndTokenOnAnAtlassianNetAddressMeansCloudWithoutARequest() {
        assertEquals(JiraApi.Deployment.CLOUD,
                JiraApi.fromCredentials(URI.create("https://acme.atlassian.net"), Secrets.BASIC).orElseThrow().deployment());
        assertTrue("Atlassian's own Jira is Data Center",
                JiraApi.fromCredentials(URI.create("https://jira.atlassian.com"), Secrets.BASIC).isEmpty());
        assertTrue("not a subdomain of atlassian.net",
                JiraApi.fromCredentials(URI.create("https://acme.notatlassian.net"), Secrets.BASIC).isEmpty());
    }

    @Test
    public void aPersonalAccessTokenSentToCloudIsToldToUseAnApiToken() {
        jira.server().stubFor(any(anyUrl()).atPriority(9).willReturn(aResponse().withStatus(401)));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/serverInfo")).willReturn(ok("cloud/serverInfo.json")));

        TrackerException e = assertThrows(TrackerException.class, () -> tracker().findProjectAndIssues("CHAOS", "chaos-day", List.of()));

        assertEquals(TrackerException.Kind.UNAUTHORISED, e.kind());
        assertEquals(jira.base() + " is Jira Cloud, which takes no personal access token: set JIRA_USER to your e-mail"
                + " and use an API token from id.atlassian.com", e.getMessage());
    }

    @Test
    public void anAddressThatIsNotJiraIsSaidToBeSoAsBefore() {
        jira.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404))
                .withMetadata(Exchange.offContract("no Jira at this address, on purpose")));

        TrackerException e = assertThrows(TrackerException.class, () -> tracker().findProjectAndIssues("CHAOS", "chaos-day", List.of()));

        assertEquals(jira.base() + " does not look like Jira (got 404 from /rest/api/2/serverInfo)", e.getMessage());
    }

    @Test
    public void aDataCenterSiteIsNotAskedWhatItIs() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/field")).willReturn(ok("dc/field.json")));
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/project/CHAOS")).willReturn(aResponse().withStatus(404)));
        jira.server().stubFor(post(urlPathEqualTo("/rest/api/2/search")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessages\":[\"The value 'CHAOS' does not exist for the field 'project'.\"],\"errors\":{}}")));

        assertTrue(tracker().findProjectAndIssues("CHAOS", "chaos-day", List.of()).project().isEmpty());

        jira.server().verify(0, getRequestedFor(urlPathEqualTo("/rest/api/2/serverInfo")));
    }

    private JiraRestTracker tracker() {
        return JiraRestTracker.connect(RestClient.builder(jira.base(), Secrets.BEARER).sleeper(new RecordingSleeper()).build());
    }
}
