package io.chaosday.rest;

import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.TrackerException;
import org.junit.Rule;
import org.junit.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.chaosday.rest.JiraFixtures.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** Detection asks /rest/api/2/serverInfo before the kind is known; both kinds answer it, so the DC document checks it. */
public class JiraApiTest {

    @Rule
    public final ContractCheckedWireMock jira = new ContractCheckedWireMock(OpenApiContract.jiraDataCenter());

    @Test
    public void aServerAnswerMeansDataCenterAtTheAddressTheUserGave() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/serverInfo")).willReturn(ok("dc/serverInfo.json")));

        JiraApi site = JiraApi.detect(client());

        assertEquals(JiraApi.Deployment.DATA_CENTER, site.deployment());
        assertEquals("not serverInfo's internal baseUrl", jira.base(), site.base());
    }

    @Test
    public void aCloudAnswerMeansCloud() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/serverInfo")).willReturn(ok("cloud/serverInfo.json")));

        assertEquals(JiraApi.Deployment.CLOUD, JiraApi.detect(client()).deployment());
    }

    @Test
    public void anHtmlPageDoesNotLookLikeJira() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/serverInfo")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Intranet</body></html>"))
                .withMetadata(Exchange.offContract("a web page, not the REST API, on purpose")));

        TrackerException e = assertThrows(TrackerException.class, () -> JiraApi.detect(client()));

        assertEquals(TrackerException.Kind.UNSUPPORTED, e.kind());
        assertEquals(jira.base() + " does not look like Jira (got text/html from /rest/api/2/serverInfo)", e.getMessage());
    }

    @Test
    public void aSiteWithoutServerInfoDoesNotLookLikeJira() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/serverInfo")).willReturn(aResponse().withStatus(404)));

        TrackerException e = assertThrows(TrackerException.class, () -> JiraApi.detect(client()));

        assertEquals(TrackerException.Kind.UNSUPPORTED, e.kind());
        assertEquals(jira.base() + " does not look like Jira (got 404 from /rest/api/2/serverInfo)", e.getMessage());
    }

    @Test
    public void jsonWithoutADeploymentTypeDoesNotLookLikeJira() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/serverInfo")).willReturn(okJson("{\"status\":\"ok\"}")));

        TrackerException e = assertThrows(TrackerException.class, () -> JiraApi.detect(client()));

        assertEquals(TrackerException.Kind.UNSUPPORTED, e.kind());
        assertEquals(jira.base() + " does not look like Jira (got neither deploymentType nor version in"
                + " /rest/api/2/serverInfo)", e.getMessage());
    }

    @Test
    public void aJiraThatNamesItsVersionButNotItsKindIsTakenForDataCenter() {
        jira.server().stubFor(get(urlPathEqualTo("/rest/api/2/serverInfo"))
                .willReturn(okJson("{\"version\":\"10.3.4\",\"baseUrl\":\"http://jira.internal:8080\"}")));

        assertEquals(JiraApi.Deployment.DATA_CENTER, JiraApi.detect(client()).deployment());
    }

    @Test
    public void browseLinksAreUnderTheUsersAddressWithTheKeyEncoded() {
        JiraApi site = new JiraApi(java.net.URI.create("https://jira.example.com/jira"), JiraApi.Deployment.DATA_CENTER);

        assertEquals("https://jira.example.com/jira/browse/CHAOS-1", site.browse("CHAOS-1").toString());
        assertEquals("https://jira.example.com/jira/browse/A%2FB", site.browse("A/B").toString());
    }

    private RestClient client() {
        return RestClient.builder(jira.base(), Secrets.BEARER).sleeper(new RecordingSleeper()).build();
    }
}
