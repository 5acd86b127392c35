package io.chaosday.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.review.Experiment;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class CardSectionsTest {

    private static final String WIKI = """
            Experiment card. Keep it secret.

            h3. Rollback

            restart the cache
            then check it

            h3. Running it

            * Owner (Agent of Chaos): Bob""";

    @Test
    public void wikiMarkupIsCutAtItsHeadingLines() {
        CardSections sections = CardSections.of(new IssueDescription(SourceMarkup.WIKI, WIKI)).orElseThrow();
        assertEquals(List.of(CardSections.OPENING, "Rollback", "Running it"), new ArrayList<>(sections.parts().keySet()));
        assertEquals(new IssueDescription(SourceMarkup.WIKI, "restart the cache\nthen check it"), sections.parts().get("Rollback"));
        assertEquals("Experiment card. Keep it secret.", sections.parts().get(CardSections.OPENING).body());
    }

    @Test
    public void anAdfDocumentIsCutAtItsHeadingNodes() {
        String adf = "{\"type\":\"doc\",\"version\":1,\"content\":["
                + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Keep it secret.\"}]},"
                + "{\"type\":\"heading\",\"attrs\":{\"level\":3},\"content\":[{\"type\":\"text\",\"text\":\"Roll\"},{\"type\":\"text\",\"text\":\"back\"}]},"
                + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"restart the cache\"}]}]}";
        CardSections sections = CardSections.of(new IssueDescription(SourceMarkup.ADF, adf)).orElseThrow();
        assertEquals(List.of(CardSections.OPENING, "Rollback"), new ArrayList<>(sections.parts().keySet()));
        assertEquals("{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"restart the cache\"}]}]}",
                sections.parts().get("Rollback").body());
    }

    @Test
    public void aHeadingWrittenTwiceOrABodyThatIsNotJsonCannotBeCut() {
        assertTrue(CardSections.of(new IssueDescription(SourceMarkup.WIKI, WIKI + "\n\nh2. Rollback\n\nagain")).isEmpty());
        assertTrue(CardSections.of(new IssueDescription(SourceMarkup.ADF, "not json")).isEmpty());
    }

    @Test
    public void thePartsToKeepReplaceOursUnderTheSameHeadingAndNothingElse() {
        CardSections sections = CardSections.of(new IssueDescription(SourceMarkup.WIKI, WIKI)).orElseThrow();
        List<TextBlock> ours = List.of(new TextBlock.Paragraph("Experiment card."), new TextBlock.Heading("Rollback"),
                new TextBlock.Paragraph("flush the cache"), new TextBlock.Heading("Running it"), new TextBlock.Bullets(List.of("Owner: Carol")));

        assertEquals(List.of(new TextBlock.Paragraph("Experiment card."), new TextBlock.Heading("Rollback"),
                new TextBlock.Verbatim(new IssueDescription(SourceMarkup.WIKI, "restart the cache\nthen check it")),
                new TextBlock.Heading("Running it"), new TextBlock.Bullets(List.of("Owner: Carol"))),
                sections.keeping(Set.of("Rollback"), ours));
        assertEquals(new TextBlock.Verbatim(new IssueDescription(SourceMarkup.WIKI, "Experiment card. Keep it secret.")),
                sections.keeping(Set.of(CardSections.OPENING), ours).get(0));
        assertEquals(ours, sections.keeping(Set.of(), ours));
    }

    @Test
    public void everyFieldOfTheCardShowsUnderAHeadingOfItsDescriptionAndIsHeldByItsOwnKeys() {
        // A card that fills every field, the optional restore note included.
        String everyField = ChaosDayExperimentsTest.FILE.replaceFirst("(?m)^(    rollback: start the instance again)$",
                "$1\n    restore: put the alert threshold back to 5 %");
        Experiment card = ExperimentsFile.parse(everyField, "experiments.yaml").get(0);
        assertFalse("the card under test has a restore note", card.restore().isBlank());
        List<String> headings = ExperimentCard.describe(card).stream().filter(TextBlock.Heading.class::isInstance)
                .map(b -> ((TextBlock.Heading) b).text()).toList();
        for (String field : ExperimentChanges.all()) {
            assertTrue(field, headings.contains(ExperimentChanges.headingOf(field)));
        }
        List<String> keys = new ArrayList<>(ExperimentCard.toProperty(card).keySet());
        keys.remove("title");
        List<String> fieldKeys = new ArrayList<>(ExperimentChanges.keys());
        keys.sort(null);
        fieldKeys.sort(null);
        assertEquals("each property key belongs to exactly one field", keys, fieldKeys);
    }
}
