package io.chaosday.export;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.template.Templates;
import java.time.LocalDate;

/**
 * The plan as one self-contained HTML page for the facilitator to show in a meeting: the four
 * phases as lanes, one row per ticket on a weekly date axis, the Chaos Day, today and holidays
 * marked. No scripts, fonts or images are fetched; it prints on landscape pages.
 *
 * <p>The template {@code templates/timeline.vm} sees a single {@link TimelineView}. It renders
 * through the shared {@link Templates}, which escapes every value it writes, so a team called
 * {@code <script>} is shown, never run.
 */
public final class HtmlTimeline implements PlanRenderer {

    static final String TEMPLATE = "timeline.vm";

    private static final Templates TEMPLATES = new Templates("templates/");

    @Override
    public String render(ChaosDayPlan plan, LocalDate today) {
        return TEMPLATES.render(TEMPLATE, "view", TimelineLayout.view(plan, today));
    }
}
