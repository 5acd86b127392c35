package io.chaosday.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.review.Experiment;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.Progress;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/** An experiment card's restore note: what to put back before the day closes, beside its rollback. */
public class RestoreNoteTest {

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final ChaosDayId id = ChaosDayId.fromName("Chaos Day");

    @Before
    public void aChaosDay() {
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), ChaosDayDefinition.withDefaults(
                new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1, List.of("Payments"), WorkingCalendar.mondayToFriday())),
                false), Progress.SILENT);
    }

    private List<Experiment> add(String cards) {
        new ChaosDayExperiments(jira).add("CHAOS", id, ExperimentsFile.parse("experiments:\n" + cards, "experiments.yaml"), false,
                Progress.SILENT);
        return ChaosDayExperiments.list(ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", Optional.empty()));
    }

    @Test
    public void aRestoreNoteIsKeptOnTheTicketShownInItsDescriptionAndIsWhatToPutBack() {
        Experiment card = add("  - title: Payments loses its alerting\n    rollback: start the alert manager\n"
                + "    restore: turn the paging rule back on\n    owner: alice\n").get(0);

        assertEquals("turn the paging rule back on", card.restore());
        assertEquals("turn the paging rule back on", card.putBack());
        String key = card.key().orElseThrow().value();
        assertTrue(jira.descriptions.get(key), jira.descriptions.get(key).contains("Put back before the day closes"));
    }

    @Test
    public void aCardWithoutOneKeepsItsPropertyAsItWasAndPutsBackItsRollback() {
        Experiment card = add("  - title: Payments loses its database\n    rollback: start it again\n    owner: alice\n").get(0);
        String key = card.key().orElseThrow().value();

        assertEquals("", card.restore());
        assertEquals("start it again", card.putBack());
        Map<String, String> property = jira.issues.get(key).property(IssueProperties.EXPERIMENT).orElseThrow();
        assertFalse(property.toString(), property.containsKey("restore"));
        assertFalse(jira.descriptions.get(key).contains("Put back before the day closes"));
    }

    @Test
    public void aNoteAddedLaterToAnOlderCardIsWrittenAsAChangeOfTheCard() {
        add("  - title: Payments loses its database\n    rollback: start it again\n    owner: alice\n");

        Experiment changed = add("  - title: Payments loses its database\n    rollback: start it again\n"
                + "    restore: re-enable the failover alarm\n    owner: alice\n").get(0);

        assertEquals("re-enable the failover alarm", changed.restore());
        assertEquals(1, ChaosDayExperiments.list(ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", Optional.empty())).size());
    }
}
