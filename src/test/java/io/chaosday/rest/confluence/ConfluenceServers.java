package io.chaosday.rest.confluence;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.chaosday.http.BoundedParallel;
import io.chaosday.rest.ContractCheckedWireMock;
import io.chaosday.http.Credentials;
import io.chaosday.rest.OpenApiContract;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.http.RestClient;
import io.chaosday.rest.Secrets;
import io.chaosday.http.Timeouts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Stand-ins for Confluence that check every request they receive against Atlassian's OpenAPI
 * documents (test resources under contracts/), and wikis that talk to them.
 */
final class ConfluenceServers {

    /** Data Center often runs under a context path; the tests keep one so every path must carry it. */
    static final String CONTEXT_PATH = "/confluence";

    static final Credentials PERSONAL_ACCESS_TOKEN = new Credentials.Bearer(Secrets.TOKEN, "CONFLUENCE_TOKEN");

    /** The same e-mail as the shared {@link Secrets}, so its check for the Basic encoding applies. */
    static final Credentials API_TOKEN = new Credentials.Basic("facilitator@example.com", Secrets.TOKEN, "CONFLUENCE_TOKEN");

    /** Jitter 0.5 makes backoff waits exactly half their ceilings: 250 ms, 500 ms, 1 s. */
    static final double JITTER = 0.5;

    private static final Timeouts QUICK = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));

    private ConfluenceServers() {
    }

    /** Confluence Data Center 10.0.3 at {@link #CONTEXT_PATH}. */
    static ContractCheckedWireMock dataCenter() {
        return new ContractCheckedWireMock(OpenApiContract.confluenceDataCenter(CONTEXT_PATH));
    }

    /** Confluence Cloud: requests under /wiki/api/v2 are checked against v2, the rest against v1. */
    static ContractCheckedWireMock cloud() {
        OpenApiContract v1 = OpenApiContract.confluenceCloudV1();
        OpenApiContract v2 = OpenApiContract.confluenceCloudV2();
        return new ContractCheckedWireMock(path -> path.startsWith("/wiki/api/v2/") ? v2 : v1,
                WireMockConfiguration.options().dynamicPort());
    }

    static ConfluenceRestWiki dataCenterWiki(ContractCheckedWireMock server, RecordingSleeper sleeper) {
        return wiki(server, CONTEXT_PATH, PERSONAL_ACCESS_TOKEN, ConfluenceSite.Deployment.DATA_CENTER, sleeper);
    }

    static ConfluenceRestWiki cloudWiki(ContractCheckedWireMock server, RecordingSleeper sleeper) {
        return wiki(server, ConfluenceSite.CLOUD_PATH, API_TOKEN, ConfluenceSite.Deployment.CLOUD, sleeper);
    }

    static ConfluenceRestWiki wiki(ContractCheckedWireMock server, String path, Credentials credentials,
                                   ConfluenceSite.Deployment deployment, RecordingSleeper sleeper) {
        RestClient client = RestClient.builder(URI.create(server.base() + path), credentials)
                .timeouts(QUICK)
                .sleeper(sleeper)
                .jitter(() -> JITTER)
                .build();
        return ConfluenceRestWiki.over(client, deployment);
    }

    /** A JSON answer from src/test/resources/confluence. */
    static String fixture(String name) {
        try (InputStream in = ConfluenceServers.class.getResourceAsStream("/confluence/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture confluence/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
