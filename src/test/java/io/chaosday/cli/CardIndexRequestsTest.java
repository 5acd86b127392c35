package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.http.Credentials;
import io.chaosday.http.RestClient;
import io.chaosday.plan.Phase;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.ExperimentsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mockito.AdditionalAnswers;

/**
 * On Jira Data Center, whose search cannot return issue properties, a Chaos Day's experiment cards
 * are read from the one index {@code experiments add} keeps on the Execute epic: listing forty
 * experiments reads no card one by one. Counted at the HTTP level by the local Jira Data Center.
 */
public class CardIndexRequestsTest {

    private static final int EXPERIMENTS = 40;
    private static final String CARD_READ = "/properties/" + IssueProperties.EXPERIMENT;
    private static final String INDEX = "/properties/" + IssueProperties.CARDS;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Rule
    public final CommandsOnLocalJira commands = new CommandsOnLocalJira("cards-token");

    private LocalJira jira;

    @Before
    public void aTwentyTeamChaosDay() {
        jira = commands.jira();
        assertEquals(0, commands.run("create", "--chaos-day", "2027-03-10", "--teams", "20").exit());
    }

    /** What was sent (the index written and read among the rest) and answered is what the DC 10.3 document declares. */
    @After
    public void everyRequestFollowsTheContract() {
        io.chaosday.rest.OpenApiContract.jiraDataCenter().assertHonoured(jira.exchanges());
    }

    private static String yaml(IntFunction<String> rollback) {
        StringBuilder yaml = new StringBuilder("experiments:\n");
        for (int n = 1; n <= EXPERIMENTS; n++) {
            yaml.append("  - {title: Service %d loses its database, rollback: '%s', owner: agent%d, team: Team %d}\n"
                    .formatted(n, rollback.apply(n), n % 10 + 1, 1 + n % 20));
        }
        return yaml.toString();
    }

    private Path file(String yaml) throws Exception {
        Path file = tmp.newFile().toPath();
        Files.writeString(file, yaml);
        return file;
    }

    private long requestsEndingWith(String method, String suffix) {
        return jira.log().stream().filter(r -> r.startsWith(method + " ") && r.endsWith(suffix)).count();
    }

    /** Each listed experiment's rollback, by title. */
    private List<String> rollbacksListed() throws Exception {
        CliRun list = commands.run("experiments", "list", "--format", "json");
        assertEquals(list.out() + list.err(), 0, list.exit());
        List<String> rollbacks = new ArrayList<>();
        for (JsonNode experiment : JSON.readTree(list.out())) {
            rollbacks.add(experiment.path("title").asText() + ": " + experiment.path("rollback").asText());
        }
        return rollbacks;
    }

    private static List<String> expected(IntFunction<String> rollback) {
        List<String> rollbacks = new ArrayList<>();
        for (int n = 1; n <= EXPERIMENTS; n++) {
            rollbacks.add("Service " + n + " loses its database: " + rollback.apply(n));
        }
        return rollbacks;
    }

    private JiraRestTracker tracker() {
        return JiraRestTracker.connect(RestClient.builder(jira.base(), new Credentials.Bearer("cards-token", "test")).build());
    }

    @Test
    public void fortyExperimentsAddedAreListedWithoutReadingAnyCardOneByOne() throws Exception {
        IntFunction<String> rollback = n -> "start service " + n + " again";
        jira.resetCount();

        CliRun add = commands.run("experiments", "add", "--file", file(yaml(rollback)).toString());

        assertEquals(add.out() + add.err(), 0, add.exit());
        assertTrue(jira.requests() + " requests: " + jira.log(), jira.requests() <= 15);
        assertEquals(jira.log().toString(), 1, requestsEndingWith("PUT", INDEX));
        jira.resetCount();

        List<String> listed = rollbacksListed();

        assertEquals(expected(rollback), listed);
        assertEquals(jira.log().toString(), 0, requestsEndingWith("GET", CARD_READ));
        assertEquals(jira.log().toString(), 1, requestsEndingWith("GET", INDEX));
    }

    @Test
    public void listingAndTheGoNoGoCheckReadNoReviewTicketsPageOneByOne() throws Exception {
        assertEquals(0, commands.run("experiments", "add", "--file", file(yaml(n -> "start service " + n + " again")).toString()).exit());
        jira.resetCount();

        CliRun list = commands.run("experiments", "list");
        CliRun ready = commands.run("ready");

        assertEquals(list.out() + list.err(), 0, list.exit());
        assertTrue(ready.out() + ready.err(), ready.exit() == 0 || ready.exit() == 3);
        assertEquals(jira.log().toString(), 0, requestsEndingWith("GET", "/properties/" + IssueProperties.PAGE));
        assertEquals(jira.log().toString(), 0, requestsEndingWith("GET", CARD_READ));
    }

    @Test
    public void afterAnAddStoppedBetweenItsCardWritesAndTheIndexEachCardIsReadOnItsOwnAndIsRight() throws Exception {
        IntFunction<String> before = n -> "start service " + n + " again";
        assertEquals(0, commands.run("experiments", "add", "--file", file(yaml(before)).toString()).exit());
        IntFunction<String> after = n -> n % 10 == 0 ? "fail back to the primary of service " + n : before.apply(n);
        JiraRestTracker rest = tracker();
        ChaosDayIssues found = new ChaosDayFinder(rest).find("CHAOS", Optional.empty());
        String epic = found.find(IssueIdentity.ofEpic(found.id(), Phase.EXECUTE)).orElseThrow().key();
        // Jira stops answering (the token revoked) just as the complete index is about to be written: every card write landed.
        IssueTracker stopping = mock(IssueTracker.class, AdditionalAnswers.delegatesTo(rest));
        doThrow(new TrackerException(TrackerException.Kind.UNAUTHORISED, "the token was revoked")).when(stopping)
                .setProperty(eq(epic), eq(IssueProperties.CARDS), argThat(value -> "complete".equals(value.get("state"))));

        assertThrows(TrackerException.class, () -> new ChaosDayExperiments(stopping).add("CHAOS", found.id(),
                ExperimentsFile.parse(yaml(after), "experiments.yaml"), false, Progress.SILENT));
        assertEquals("\"writing\"", JSON.readTree(jira.propertyValue(epic, IssueProperties.CARDS).asText()).path("state").toString());
        jira.resetCount();

        List<String> listed = rollbacksListed();

        assertEquals(expected(after), listed);
        assertEquals(jira.log().toString(), EXPERIMENTS, requestsEndingWith("GET", CARD_READ));

        assertEquals(0, commands.run("experiments", "add", "--file", file(yaml(after)).toString()).exit());
        jira.resetCount();
        assertEquals(expected(after), rollbacksListed());
        assertEquals("the next add wrote the index again: " + jira.log(), 0, requestsEndingWith("GET", CARD_READ));
    }
}
