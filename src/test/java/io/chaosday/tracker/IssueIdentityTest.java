package io.chaosday.tracker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    public void theChaosDayIdIsAReadableSlugOfTheNameAndAHashOfItWhole() {
        assertEquals("payments-chaos-day-53adc91e", ID.value());
        assertEquals("chaos-day-payments-chaos-day-53adc91e", ID.label());
        assertTrue(ChaosDayId.fromName("  Été à Zürich! ").value().startsWith("ete-a-zurich-"));
        assertEquals("the name is taken without its surrounding blanks", ChaosDayId.fromName("Été à Zürich!"),
                ChaosDayId.fromName("  Été à Zürich! "));
    }

    @Test
    public void namesThatDifferOnlyInScriptPunctuationOrAfterTheFortiethCharacterAreDifferentChaosDays() {
        List<String> names = List.of("Chaos Day", "Хаос-день", "\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25", "!!!", "Chaos Day!",
                "Payments and Checkout Platform Chaos Day Q1", "Payments and Checkout Platform Chaos Day Q2");
        Set<ChaosDayId> ids = names.stream().map(ChaosDayId::fromName).collect(java.util.stream.Collectors.toSet());
        assertEquals(names.size(), ids.size());
        ids.forEach(id -> assertTrue(id.value(), id.value().length() <= 40));
        Set<String> labels = ids.stream().map(ChaosDayId::label).collect(java.util.stream.Collectors.toSet());
        assertEquals(names.size(), labels.size());
    }

    @Test
    public void theIdBeforeTheHashIsStillKnownForChaosDaysMadeThen() {
        assertEquals("payments-chaos-day", ChaosDayId.legacyFromName("Payments Chaos Day").value());
        assertEquals("chaos-day", ChaosDayId.legacyFromName("!!!").value());
    }
}
