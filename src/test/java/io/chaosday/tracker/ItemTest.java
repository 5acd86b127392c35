package io.chaosday.tracker;

import static org.junit.Assert.assertEquals;

import io.chaosday.plan.Phase;
import io.chaosday.plan.Step;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ItemTest {

    private static final Item.StepTicket REVIEW_A_B = new Item.StepTicket(Step.REVIEW, Optional.of("A/B Team"));

    @Test
    public void everyKindOfItemReadsBackFromItsKey() {
        List<Item> items = List.of(new Item.PhaseEpic(Phase.PLAN), new Item.StepTicket(Step.CHAOS_DAY),
                new Item.StepTicket(Step.KICKOFF, Optional.of("Team 1")), new Item.ExperimentTicket("cache-loss"),
                new Item.ImprovementTicket(REVIEW_A_B, "add-an-alert"),
                new Item.ImprovementTicket(new Item.StepTicket(Step.TEAM_OF_TEAMS), "share-runbooks"));
        for (Item item : items) {
            assertEquals(item.key(), item, Item.parse(item.key()));
        }
    }

    @Test
    public void keysAreTheStoredFormsEarlierReleasesWrote() {
        assertEquals("epic/plan", new Item.PhaseEpic(Phase.PLAN).key());
        assertEquals("kickoff/Team 1", new Item.StepTicket(Step.KICKOFF, Optional.of("Team 1")).key());
        assertEquals("chaos-day", new Item.StepTicket(Step.CHAOS_DAY).key());
        assertEquals("improvement/review/A/B Team/add-an-alert", new Item.ImprovementTicket(REVIEW_A_B, "add-an-alert").key());
    }

    @Test
    public void anItemOfALaterReleaseIsKeptAsItWasStored() {
        for (String key : List.of("epic/later", "runbook/Team 1", "improvement/kickoff/x", "experiment/", "")) {
            assertEquals(new Item.Unknown(key), Item.parse(key));
            assertEquals(Optional.empty(), Item.parse(key).phase());
        }
    }

    @Test
    public void itemsKnowTheirPhase() {
        assertEquals(Optional.of(Phase.REVIEW), Item.parse("improvement/review/x").phase());
        assertEquals(Optional.of(Phase.EXECUTE), Item.parse("experiment/x").phase());
        assertEquals(Optional.of(Phase.PLAN), Item.parse("kickoff/Team 2").phase());
        assertEquals(Optional.of(Phase.SHARE), Item.parse("epic/share").phase());
    }
}
