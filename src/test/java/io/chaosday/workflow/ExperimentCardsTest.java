package io.chaosday.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.review.ExpectedImpact;
import io.chaosday.review.Experiment;
import io.chaosday.review.Failure;
import io.chaosday.review.Isolation;
import io.chaosday.review.Outcome;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.IssueState;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.jiraformat.WikiMarkup;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Optional;
import org.junit.Test;

public class ExperimentCardsTest {

    private static final List<String> WORDS = List.of("the", "service", "database", "primary", "replica", "node", "stops",
            "answering", "requests", "queue", "latency", "errors", "customers", "payments", "orders", "search", "cache",
            "expires", "region", "zone", "network", "partition", "drops", "packets", "certificate", "rotates", "disk", "fills",
            "memory", "leaks", "pod", "restarts", "on-call", "engineer", "paged", "dashboard", "alert", "fires", "within",
            "minutes", "rollback", "restore", "instance", "security", "group", "rule", "blocks", "port", "traffic", "fails",
            "over", "to", "second", "and", "then", "until", "is", "promoted", "retry", "succeed", "declined", "checkout");

    /** Words as people write them on a card: different on every card, from a working vocabulary. */
    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    /** A card as an add writes it: the card's fields, as long as people write them, and the record of what was written. */
    static Map<String, String> card(int n) {
        Random random = new Random(n);
        Experiment e = new Experiment(Optional.empty(), "Experiment " + n + ": " + words(random, 6), words(random, 2),
                new Failure(words(random, 12), words(random, 6) + " " + n, words(random, 18)),
                new ExpectedImpact(words(random, 20), words(random, 16)), words(random, 25), words(random, 18),
                Isolation.ISOLATED, "production", "agent" + n, "Team " + (n % 20 + 1), Outcome.NOT_RUN, words(random, 12));
        String described = WikiMarkup.render(ExperimentCard.describe(e));
        IssueState written = new IssueState(Optional.of(new IssueDescription(SourceMarkup.WIKI, described)),
                Optional.of("Agent " + n), Optional.of(LocalDate.parse("2027-03-10")), Optional.empty(), Optional.of("agent" + n));
        return LastWrite.of(written).addTo(ExperimentCard.toProperty(e));
    }

    private static Map<String, Map<String, String>> cards(int count) {
        Map<String, Map<String, String>> cards = new LinkedHashMap<>();
        for (int n = 1; n <= count; n++) {
            cards.put("CHAOS-" + (100 + n), card(n));
        }
        return cards;
    }

    private static ExperimentCards readBack(ExperimentCards index) {
        return ExperimentCards.fromProperty(index.toProperty());
    }

    @Test
    public void aCompleteIndexReadsBackWithEveryCardExactlyAsWritten() {
        Map<String, String> odd = new LinkedHashMap<>(card(1));
        odd.put("title", "Quotes \" and \\ back-slashes, {braces}: \"all\" kept – ünïcode too");

        ExperimentCards read = readBack(ExperimentCards.of(Map.of("CHAOS-7", odd, "CHAOS-8", card(2))));

        assertTrue(read.complete());
        assertEquals(Optional.of(odd), read.cardOf("CHAOS-7"));
        assertEquals(Optional.of(card(2)), read.cardOf("CHAOS-8"));
    }

    @Test
    public void aTicketTheIndexDoesNotHoldIsLeftToBeReadOnItsOwn() {
        ExperimentCards read = readBack(ExperimentCards.of(cards(3)));

        assertTrue(read.complete());
        assertEquals(Optional.empty(), read.cardOf("CHAOS-999"));
    }

    @Test
    public void anIndexBeingWrittenIsNotTrustedForAnyCard() {
        ExperimentCards read = readBack(ExperimentCards.writing());

        assertFalse(read.complete());
        assertEquals(ExperimentCards.State.WRITING, read.state());
        assertEquals(Optional.empty(), read.cardOf("CHAOS-101"));
    }

    @Test
    public void cardsTooLargeForOneIssuePropertyAreWrittenAsAnIndexNoReaderTrusts() {
        ExperimentCards index = ExperimentCards.of(cards(400));

        assertEquals(ExperimentCards.State.TOO_LARGE, index.state());
        assertEquals(Map.of(), index.cards());
        ExperimentCards read = readBack(index);
        assertFalse(read.complete());
        assertEquals(Optional.empty(), read.cardOf("CHAOS-101"));
    }

    @Test
    public void noIndexWrittenIsLargerThanJiraKeepsWithItsMargin() {
        for (int count = 1; count <= 60; count++) {
            ExperimentCards index = ExperimentCards.of(cards(count));
            assertTrue(count + " cards: " + index.bytes(), index.bytes() <= ExperimentCards.MOST_BYTES);
            assertTrue(ExperimentCards.MOST_BYTES < 32_768);
        }
    }

    @Test
    public void aPropertyOfAnotherLayoutOrWithACardThatCannotBeReadIsNotTrusted() {
        Map<String, String> newer = new LinkedHashMap<>(ExperimentCards.of(cards(2)).toProperty());
        newer.put("version", "2");
        Map<String, String> broken = new LinkedHashMap<>(ExperimentCards.of(cards(2)).toProperty());
        broken.put("cards", "not packed cards");
        Map<String, String> cut = new LinkedHashMap<>(ExperimentCards.of(cards(2)).toProperty());
        cut.put("cards", cut.get("cards").substring(0, cut.get("cards").length() / 2));
        Map<String, String> none = new LinkedHashMap<>(ExperimentCards.of(cards(2)).toProperty());
        none.remove("cards");
        Map<String, String> unknownState = new LinkedHashMap<>(ExperimentCards.of(cards(2)).toProperty());
        unknownState.put("state", "half");

        for (Map<String, String> property : List.of(newer, broken, cut, none, unknownState)) {
            ExperimentCards read = ExperimentCards.fromProperty(property);
            assertFalse(property.toString(), read.complete());
            assertEquals(Optional.empty(), read.cardOf("CHAOS-102"));
        }
    }

    @Test
    public void fortyCardsAsLongAsPeopleWriteThemFitInOneIndex() {
        ExperimentCards index = ExperimentCards.of(cards(40));

        assertTrue(index.bytes() + " bytes", index.complete());
        assertEquals(Optional.of(card(40)), readBack(index).cardOf("CHAOS-140"));
    }
}
