package io.chaosday.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.TextBlock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** JSON answers from src/test/resources/jira and the issues a Chaos Day creates. */
final class JiraFixtures {

    static final ChaosDayId SPRING = new ChaosDayId("spring");

    private JiraFixtures() {
    }

    static String json(String resource) {
        try (InputStream in = JiraFixtures.class.getResourceAsStream("/jira/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseDefinitionBuilder answer(int status, String resource) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(json(resource));
    }

    static ResponseDefinitionBuilder ok(String resource) {
        return answer(200, resource);
    }

    /**
     * Stubs a Data Center project as its contract declares it, without {@code issueTypes}, and its
     * create metadata, where the adapter then finds the project's issue types.
     */
    static void dataCenterProject(WireMockServer server, String key) {
        server.stubFor(get(urlPathEqualTo("/rest/api/2/project/" + key)).willReturn(ok("dc/project-" + key + ".json")));
        server.stubFor(get(urlPathEqualTo("/rest/api/2/issue/createmeta/" + key + "/issuetypes"))
                .willReturn(ok("dc/issuetypes-" + key + ".json")));
    }

    /** A bulk-create answer creating every element, keys counting up from {@code firstNumber}. */
    static ResponseDefinitionBuilder bulkCreated(int count, int firstNumber) {
        List<String> issues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int number = firstNumber + i;
            issues.add("{\"id\":\"" + (20000 + number) + "\",\"key\":\"CHAOS-" + number + "\",\"self\":\"http://jira/x\"}");
        }
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"issues\":[" + String.join(",", issues) + "],\"errors\":[]}");
    }

    static NewIssue epic(String phase) {
        return new NewIssue(IssueIdentity.ofEpic(SPRING, io.chaosday.plan.Phase.fromKey(phase).orElseThrow()), IssueKind.EPIC, "Phase: " + phase,
                List.of(new TextBlock.Heading("Why"), new TextBlock.Paragraph("Get ready.")),
                Optional.of(LocalDate.of(2025, 5, 1)), List.of("chaos-day"), Optional.empty());
    }

    static NewIssue task(String item, String summary, String epicKey) {
        return new NewIssue(new IssueIdentity(SPRING, item), IssueKind.TASK, summary,
                List.of(new TextBlock.Paragraph("Do it."), new TextBlock.Checklist(List.of("Book a room"))),
                Optional.of(LocalDate.of(2025, 4, 10)), List.of(), Optional.of(epicKey));
    }

    static NewIssue experiment(String item, String epicKey) {
        return new NewIssue(new IssueIdentity(SPRING, item), IssueKind.EXPERIMENT, "Experiment " + item,
                List.of(new TextBlock.Bullets(List.of("Hypothesis"))), Optional.empty(), List.of(), Optional.of(epicKey));
    }

    static List<NewIssue> tasks(int count, String epicKey) {
        List<NewIssue> tasks = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            tasks.add(task("step/" + i, "Step " + i, epicKey));
        }
        return tasks;
    }
}
