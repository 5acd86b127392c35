package io.chaosday.tracker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.junit.Test;

public class IssueIdentityTest {

    private static final ChaosDayId ID = ChaosDayId.fromName("Payments Chaos Day");

    @Test
    public void theLabelReadsBackAsTheSameIdentity() {
        for (String item : new String[] {"scope", "kickoff/Team 1", "review/Ünïcode & <Co>", "epic/plan",
            "experiment/payments-api-loses-its-db", "review/team_with_underscores"}) {
            IssueIdentity identity = new IssueIdentity(ID, item);
            String label = identity.label();
            assertTrue(label, label.matches("[A-Za-z0-9_-]+"));
            assertEquals(Optional.of(identity), IssueIdentity.fromLabel(label));
        }
    }

    @Test
    public void namesThatSlugAlikeKeepDistinctLabels() {
        assertTrue(!new IssueIdentity(ID, "review/Team A").label().equals(new IssueIdentity(ID, "review/team-a").label()));
    }

    @Test
    public void otherLabelsNameNoIdentity() {
        assertEquals(Optional.empty(), IssueIdentity.fromLabel("chaos-day"));
        assertEquals(Optional.empty(), IssueIdentity.fromLabel(ID.label()));
        assertEquals(Optional.empty(), IssueIdentity.fromLabel("chaos-day-x--bad_zz"));
    }

    @Test
    public void theChaosDayIdIsASlugOfTheName() {
        assertEquals("payments-chaos-day", ID.value());
        assertEquals("chaos-day-payments-chaos-day", ID.label());
        assertEquals("ete-a-zurich", ChaosDayId.fromName("  Été à Zürich! ").value());
        assertEquals("chaos-day", ChaosDayId.fromName("!!!").value());
    }
}
