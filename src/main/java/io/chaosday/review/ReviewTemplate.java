package io.chaosday.review;

import java.util.List;
import java.util.Optional;

/**
 * The description a review ticket starts with: a heading per section and a prompt under each.
 * Plain data, so that each tracker writes it in its own markup; {@link ReviewSections} reads the
 * filled-in text back. The keys never change: published pages and stored sections rely on them.
 */
public final class ReviewTemplate {

    public static final String SUMMARY = "summary";
    public static final String TIMELINE = "timeline";
    public static final String DETECTION = "detection";
    public static final String RESPONSE = "response";
    public static final String IMPACT = "impact";
    public static final String LEARNT = "learnt";
    public static final String IMPROVEMENTS = "improvements";
    public static final String NEXT_CHAOS_DAY = "next-chaos-day";

    private static final List<ReviewSection> SECTIONS = List.of(
            new ReviewSection(SUMMARY, "Summary",
                    "In a few sentences: which experiments ran, what happened, and what stands out."),
            new ReviewSection(TIMELINE, "Timeline",
                    "Per experiment, in order of time: what people saw, what they thought was going on, "
                            + "and what they did or decided not to do."),
            new ReviewSection(DETECTION, "Detection",
                    "How and when did we notice? Which alert, dashboard, person or customer report came first, "
                            + "and what stayed silent?"),
            new ReviewSection(RESPONSE, "Response and recovery",
                    "How did we respond and get back to normal service? What helped and what got in the way?"),
            new ReviewSection(IMPACT, "Impact",
                    "Had this happened in production, what would users and the business have felt?"),
            new ReviewSection(LEARNT, "What we learnt",
                    "What do we now know about how our system behaves that we did not know before? "
                            + "Findings here; fixes go under Improvements."),
            new ReviewSection(IMPROVEMENTS, "Improvements",
                    "Ideas that would make the system or our response better: one bullet each, with an owner "
                            + "and a due date in brackets as in the line below. Publishing turns each into a backlog "
                            + "ticket. Replace the example with your own.",
                    Optional.of("Alert on fail-over time (owner: Alice, due: 2027-04-01)")),
            new ReviewSection(NEXT_CHAOS_DAY, "What would improve the next Chaos Day",
                    "What should we keep, drop or change about the way we ran this Chaos Day?"));

    private ReviewTemplate() {
    }

    /** The sections in the order the ticket shows them. */
    public static List<ReviewSection> sections() {
        return SECTIONS;
    }

    public static Optional<ReviewSection> section(String key) {
        return SECTIONS.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
