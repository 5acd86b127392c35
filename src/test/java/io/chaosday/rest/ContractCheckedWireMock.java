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
import java.util.List;

/**
 * A WireMock server for one test that, when the test has passed, checks every request it received
 * against an Atlassian OpenAPI document. Skips the test when the documents are not there.
 */
public final class ContractCheckedWireMock implements TestRule {

    private final OpenApiContract contract;
    private final WireMockConfiguration configuration;
    private WireMockServer server;

    public ContractCheckedWireMock(OpenApiContract contract) {
        this(contract, WireMockConfiguration.options().dynamicPort());
    }

    public ContractCheckedWireMock(OpenApiContract contract, WireMockConfiguration configuration) {
        this.contract = contract;
        this.configuration = configuration;
    }

    @Override
    public Statement apply(Statement test, Description description) {
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                contract.validator();
                server = new WireMockServer(configuration);
                server.start();
                try {
                    test.evaluate();
                    contract.assertAccepts(received());
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
