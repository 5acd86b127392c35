package io.chaosday.rest;

import io.chaosday.http.RestClient;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.ExperimentsFile;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Adding many experiments does not wait for each in turn: their tickets are created in bulk, and
 * each one's owner and card are written alongside the others', with each owner looked up once.
 * Round trips are read from when the local Jira began and ended each request ({@code RoundTrips}).
 */
public class ExperimentsAtScaleTest {

    private static final int EXPERIMENTS = 40;

    @Test
    public void fortyExperimentsOfTwoOwnersWaitForFarFewerRoundTripsThanRequests() throws Exception {
        try (LocalJira jira = new LocalJira(100)) {
            JiraRestTracker tracker = JiraRestTracker.connect(RestClient.builder(jira.base(), Secrets.BEARER).build());
            ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Scale Day", LocalDate.parse("2027-03-10"),
                    1, ChaosDaySpec.numberedTeams(2), WorkingCalendar.mondayToFriday()));
            new CreateChaosDay(tracker).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false), Progress.SILENT);
            jira.resetCount();

            var added = new ChaosDayExperiments(tracker).add("CHAOS", ChaosDayId.fromName("Scale Day"),
                    ExperimentsFile.parse(file(), "experiments.yaml"), false, Progress.SILENT);

            assertEquals(EXPERIMENTS, added.created().size());
            assertEquals("each owner looked up once", 2, jira.log().stream().filter(r -> r.startsWith("GET /rest/api/2/user")).count());
            int rounds = jira.roundTrips().size();
            // Three calls per experiment after its create (assign, read back, record the card): 120 in line, about 15
            // eight at a time. The bound leaves room for a loaded machine; one experiment after another takes over 120.
            assertTrue(rounds + " round trips for " + jira.requests() + " requests", rounds <= 40);
            assertTrue(jira.requests() >= 3 * EXPERIMENTS);
        }
    }

    private static String file() {
        StringBuilder yaml = new StringBuilder("experiments:\n");
        for (int n = 1; n <= EXPERIMENTS; n++) {
            yaml.append("""
                      - title: Service %1$d loses its database
                        failure: {what: primary database stopped}
                        rollback: start the instance again
                        owner: %2$s
                        team: Team %3$d
                    """.formatted(n, n % 2 == 0 ? "alice" : "bob", 1 + n % 2));
        }
        return yaml.toString();
    }
}
