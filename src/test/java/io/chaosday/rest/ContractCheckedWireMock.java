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
 * and every answer its stubs gave against an Atlassian OpenAPI document (or, for a site spread over several, the one for each
 * request's path). The behaviour the test asserts comes first and never needs a document; the
 * contract check is a second assertion, made only after the test's own have passed.
 */
public final class ContractCheckedWireMock implements TestRule {

    private final Function<String, OpenApiContract> contractForPath;
    private final WireMockConfiguration configuration;
    private WireMockServer server;

    public ContractCheckedWireMock(OpenApiContract contract) {
        this(contract, WireMockConfiguration.options().dynamicPort());
    }

    public ContractCheckedWireMock(OpenApiContract contract, WireMockConfiguration configuration) {
        this(path -> contract, configuration);
    }

    /** @param contractForPath the document that covers a request's path, e.g. Confluence Cloud's v1 or v2 */
    public ContractCheckedWireMock(Function<String, OpenApiContract> contractForPath, WireMockConfiguration configuration) {
        this.contractForPath = contractForPath;
        this.configuration = configuration;
    }

    @Override
    public Statement apply(Statement test, Description description) {
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                server = new WireMockServer(configuration);
                server.start();
                try {
                    test.evaluate();
                    Map<OpenApiContract, List<Exchange>> byContract = new LinkedHashMap<>();
                    for (Exchange exchange : exchanges()) {
                        byContract.computeIfAbsent(contractForPath.apply(exchange.url()), c -> new ArrayList<>()).add(exchange);
                    }
                    byContract.forEach(OpenApiContract::assertHonoured);
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

    /** Every request received with its answer, oldest first. */
    public List<Exchange> exchanges() {
        List<Exchange> exchanges = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            exchanges.add(0, Exchange.of(event));
        }
        return exchanges;
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
