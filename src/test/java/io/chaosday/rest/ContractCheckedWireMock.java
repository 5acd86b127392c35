package io.chaosday.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A WireMock server for one test that, when the test has passed, checks every request it received
 * against an Atlassian OpenAPI document (or, for a site spread over several, the one for each
 * request's path). Skips the test when the documents are not there.
 */
public final class ContractCheckedWireMock implements TestRule {

    private final List<OpenApiContract> contracts;
    private final Function<String, OpenApiContract> contractForPath;
    private final WireMockConfiguration configuration;
    private WireMockServer server;

    public ContractCheckedWireMock(OpenApiContract contract) {
        this(contract, WireMockConfiguration.options().dynamicPort());
    }

    public ContractCheckedWireMock(OpenApiContract contract, WireMockConfiguration configuration) {
        this(List.of(contract), path -> contract, configuration);
    }

    /**
     * @param contracts       every document the requests may be checked against (loaded, or the test skipped, up front)
     * @param contractForPath the one that covers a request's path, e.g. Confluence Cloud's v1 or v2
     */
    public ContractCheckedWireMock(List<OpenApiContract> contracts, Function<String, OpenApiContract> contractForPath,
                                   WireMockConfiguration configuration) {
        this.contracts = List.copyOf(contracts);
        this.contractForPath = contractForPath;
        this.configuration = configuration;
    }

    @Override
    public Statement apply(Statement test, Description description) {
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                contracts.forEach(OpenApiContract::validator);
                server = new WireMockServer(configuration);
                server.start();
                try {
                    test.evaluate();
                    Map<OpenApiContract, List<LoggedRequest>> byContract = new LinkedHashMap<>();
                    for (LoggedRequest request : received()) {
                        byContract.computeIfAbsent(contractForPath.apply(request.getUrl()), c -> new ArrayList<>()).add(request);
                    }
                    byContract.forEach(OpenApiContract::assertAccepts);
                } finally {
                    server.stop();
                }
            }
        };
    }

    public WireMockServer server() {
        return server;
    }

    public URI base() {
        return URI.create("http://localhost:" + server.port());
    }

    /** Every request received, oldest first. */
    public List<LoggedRequest> received() {
        List<LoggedRequest> requests = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            requests.add(0, event.getRequest());
        }
        return requests;
    }
}
