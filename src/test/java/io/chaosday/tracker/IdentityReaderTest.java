package io.chaosday.tracker;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class IdentityReaderTest {

    private static final ChaosDayId DAY = new ChaosDayId("payments-chaos-day");
    private static final IssueIdentity KICKOFF = new IssueIdentity(DAY, "kickoff/Payments");
    private static final IssueIdentity REVIEW = new IssueIdentity(DAY, "review/Payments");

    @Test
    public void theIdentityPropertyIsReadBeforeTheLabels() {
        assertEquals(Optional.of(KICKOFF), IdentityReader.read(Optional.of(KICKOFF), List.of("chaos-day", REVIEW.label())));
    }

    @Test
    public void anIssueWithoutThePropertyIsKnownByItsIdentityLabel() {
        assertEquals(Optional.of(KICKOFF), IdentityReader.read(Optional.empty(), List.of("chaos-day", DAY.label(), KICKOFF.label())));
    }

    @Test
    public void anIssueWithNeitherIsNoPartOfAnyChaosDay() {
        assertEquals(Optional.empty(), IdentityReader.read(Optional.empty(), List.of("chaos-day", DAY.label())));
    }

    @Test
    public void readingTheLabelFirstAsksForThePropertyOnlyWhenNoLabelNamesTheIssue() {
        assertEquals(Optional.of(KICKOFF), IdentityReader.readLabelFirst(List.of(KICKOFF.label()), () -> {
            throw new AssertionError("the property was read although the label names the issue");
        }));
        assertEquals(Optional.of(REVIEW), IdentityReader.readLabelFirst(List.of(DAY.label()), () -> Optional.of(REVIEW)));
    }
}
