package io.chaosday.workflow;

import io.chaosday.review.ExpectedImpact;
import io.chaosday.review.Experiment;
import io.chaosday.review.Failure;
import io.chaosday.review.Isolation;
import io.chaosday.review.IssueKey;
import io.chaosday.review.Outcome;
import io.chaosday.tracker.TextBlock;
import io.chaosday.tracker.TrackedIssue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An experiment card on a Jira ticket: readable in its description, and kept as an issue property
 * so it can be read back exactly. The outcome is a label, visible on the ticket and searchable.
 */
public final class ExperimentCard {

    /** Every experiment ticket carries this label, whatever its issue type. */
    public static final String LABEL = "chaos-experiment";
    private static final String OUTCOME_PREFIX = "chaos-outcome-";

    /** The headings of the card's description, each over the part of the card it shows. */
    static final String FAILURE_INVOKED = "Failure invoked";
    static final String EXPECTED_IMPACT = "Expected impact";
    static final String EXPECTED_RESPONSE = "Expected response";
    static final String ROLLBACK = "Rollback";
    static final String RESTORE = "Put back before the day closes";
    static final String RUNNING_IT = "Running it";
    static final String ON_THE_DAY = "On the day";

    private ExperimentCard() {
    }

    /** The label that records an outcome, e.g. {@code chaos-outcome-resolved-by-agents}. */
    public static String outcomeLabel(Outcome outcome) {
        return OUTCOME_PREFIX + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Set<String> allOutcomeLabels() {
        return java.util.Arrays.stream(Outcome.values()).map(ExperimentCard::outcomeLabel).collect(Collectors.toSet());
    }

    /** The outcome a ticket's labels record; an experiment nobody has marked is not run yet. */
    public static Outcome outcomeOf(Set<String> labels) {
        for (Outcome outcome : Outcome.values()) {
            if (labels.contains(outcomeLabel(outcome))) {
                return outcome;
            }
        }
        return Outcome.NOT_RUN;
    }

    public static Map<String, String> toProperty(Experiment e) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("title", e.title());
        p.put("component", e.component());
        p.put("failureWhat", e.failure().what());
        p.put("failureWhere", e.failure().where());
        p.put("failureHow", e.failure().how());
        p.put("impactTechnical", e.expectedImpact().technical());
        p.put("impactBusiness", e.expectedImpact().business());
        p.put("expectedResponse", e.expectedResponse());
        p.put("rollback", e.rollback());
        p.put("isolation", e.isolation().name());
        p.put("environment", e.environment());
        p.put("owner", e.owner());
        p.put("team", e.team());
        // Left out when empty, so a card without one keeps the property it always had.
        if (!e.restore().isBlank()) {
            p.put("restore", e.restore());
        }
        return p;
    }

    /** The card a ticket carries, with its key and the outcome its labels record. */
    public static Optional<Experiment> fromIssue(TrackedIssue issue) {
        return issue.property(io.chaosday.tracker.IssueProperties.EXPERIMENT).map(p -> new Experiment(
                Optional.of(IssueKey.of(issue.key())), p.getOrDefault("title", issue.summary()), get(p, "component"),
                new Failure(get(p, "failureWhat"), get(p, "failureWhere"), get(p, "failureHow")),
                new ExpectedImpact(get(p, "impactTechnical"), get(p, "impactBusiness")),
                get(p, "expectedResponse"), get(p, "rollback"), isolation(p.get("isolation")), get(p, "environment"),
                get(p, "owner"), get(p, "team"), outcomeOf(issue.labels()), get(p, "restore")));
    }

    private static String get(Map<String, String> p, String key) {
        return p.getOrDefault(key, "");
    }

    private static Isolation isolation(String name) {
        return "PARALLEL".equals(name) ? Isolation.PARALLEL : Isolation.ISOLATED;
    }

    /** The card as the ticket's description: what the playbook asks an experiment card to say. */
    public static List<TextBlock> describe(Experiment e) {
        List<TextBlock> blocks = new ArrayList<>();
        blocks.add(new TextBlock.Paragraph("Experiment card. Keep it secret from the responding teams until the Chaos Day."));
        blocks.add(new TextBlock.Heading(FAILURE_INVOKED));
        blocks.add(new TextBlock.Bullets(List.of("What: " + e.failure().what(), "Where: " + e.failure().where(),
                "How: " + e.failure().how())));
        blocks.add(new TextBlock.Heading(EXPECTED_IMPACT));
        blocks.add(new TextBlock.Bullets(List.of("Technical: " + e.expectedImpact().technical(),
                "Business: " + e.expectedImpact().business())));
        blocks.add(new TextBlock.Heading(EXPECTED_RESPONSE));
        blocks.add(new TextBlock.Paragraph(e.expectedResponse()));
        blocks.add(new TextBlock.Heading(ROLLBACK));
        blocks.add(new TextBlock.Paragraph(e.rollback()));
        if (!e.restore().isBlank()) {
            blocks.add(new TextBlock.Heading(RESTORE));
            blocks.add(new TextBlock.Paragraph(e.restore()));
        }
        blocks.add(new TextBlock.Heading(RUNNING_IT));
        blocks.add(new TextBlock.Bullets(List.of("Component: " + e.component(), e.isolation().label(),
                "Environment: " + e.environment(), "Owner (Agent of Chaos): " + e.owner(), "Team: " + e.team())));
        blocks.add(new TextBlock.Heading(ON_THE_DAY));
        blocks.add(new TextBlock.Checklist(List.of("Started (time, by whom)", "What the responders saw and did",
                "Resolved by the Agents of Chaos or by the owning team", "Normal service restored")));
        return blocks;
    }
}
