package io.chaosday.rest.confluence;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.chaosday.rest.OpenApiContract;
import io.chaosday.http.RestClient;
import io.chaosday.link.Urls;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The contract checks catch what they are there to catch: a wrong path, a wrong body; and relax
 * nothing beyond the content property value. A plain WireMock here, since these requests are meant to fail.
 *
 * <p>The validator also matches paths without the base path it was given, so it cannot tell a missing
 * context path; the stubs' own URLs and {@code everyRequestCarriesTheContextPathAndThePersonalAccessToken} do.
 */
public class ConfluenceContractTest {

    private WireMockServer server;

    @Before
    public void startServer() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    }

    @After
    public void stopServer() {
        server.stop();
    }

    @Test
    public void aMisspeltDataCenterPathIsCaught() {
        LoggedRequest request = send("/confluence", client -> client.get(Urls.path("rest", "api", "contents", "123456")));

        assertEquals(List.of("validation.request.path.missing"),
                errors(OpenApiContract.confluenceDataCenter("/confluence").validate(request)));
    }

    @Test
    public void aV1PathSentToV2IsCaught() {
        LoggedRequest request = send("/wiki", client -> client.get(Urls.path("api", "v2", "content", "98765")));

        assertEquals(List.of("validation.request.path.missing"), errors(OpenApiContract.confluenceCloudV2().validate(request)));
    }

    @Test
    public void aVersionThatIsNotANumberIsCaught() {
        var body = JsonNodeFactory.instance.objectNode().put("id", "98765").put("status", "current").put("title", "T");
        body.putObject("body").put("representation", "storage").put("value", "<p/>");
        body.putObject("version").put("number", "eight");
        LoggedRequest request = send("/wiki", client -> client.put(Urls.path("api", "v2", "pages", "98765"), body));

        assertEquals(List.of("validation.request.body.schema.type"), errors(OpenApiContract.confluenceCloudV2().validate(request)));
    }

    @Test
    public void onlyTheContentPropertysValueIsRelaxedOnDataCenter() {
        var label = JsonNodeFactory.instance.objectNode().put("prefix", "global").put("name", "chaos-day").put("colour", "red");
        LoggedRequest request = send("/confluence", client -> client.post(Urls.path("rest", "api", "content", "1", "label"), label));

        assertEquals(List.of("validation.request.body.schema.additionalProperties"),
                errors(OpenApiContract.confluenceDataCenter("/confluence").validate(request)));
    }

    private LoggedRequest send(String contextPath, Consumer<RestClient> call) {
        RestClient client = RestClient.builder(URI.create(server.baseUrl() + contextPath), ConfluenceServers.PERSONAL_ACCESS_TOKEN)
                .build();
        call.accept(client);
        List<LoggedRequest> received = server.findAll(anyRequestedFor(anyUrl()));
        assertEquals(1, received.size());
        return received.get(0);
    }

    private static List<String> errors(ValidationReport report) {
        List<String> keys = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getKey)
                .distinct()
                .toList();
        assertTrue("the report has errors", !keys.isEmpty());
        return keys;
    }
}
