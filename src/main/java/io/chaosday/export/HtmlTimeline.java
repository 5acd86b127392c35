package io.chaosday.export;

import io.chaosday.plan.ChaosDayPlan;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * The plan as one self-contained HTML page for the facilitator to show in a meeting: the four
 * phases as lanes, one row per ticket on a weekly date axis, the Chaos Day, today and holidays
 * marked. No scripts, fonts or images are fetched; it prints on landscape pages.
 *
 * <p>The template {@code templates/timeline.vm} sees a single {@link TimelineView}. Every value it
 * writes goes through {@link Html#escape}, applied by a Velocity reference-insertion handler, so a
 * team called {@code <script>} is shown, never run.
 */
public final class HtmlTimeline implements PlanRenderer {

    static final String TEMPLATE = "templates/timeline.vm";

    private static final VelocityEngine ENGINE = engine();

    @Override
    public String render(ChaosDayPlan plan, LocalDate today) {
        VelocityContext context = new VelocityContext();
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new EscapeEverything());
        events.attachToContext(context);
        context.put("view", TimelineLayout.view(plan, today));
        Template template = ENGINE.getTemplate(TEMPLATE, "UTF-8");
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }

    private static VelocityEngine engine() {
        Properties settings = new Properties();
        settings.setProperty("resource.loaders", "classpath");
        settings.setProperty("resource.loader.classpath.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        settings.setProperty("resource.loader.classpath.cache", "true");
        settings.setProperty("runtime.strict_mode.enable", "true");
        VelocityEngine engine = new VelocityEngine(settings);
        engine.init();
        return engine;
    }

    /** Escapes every reference the template writes. */
    private static final class EscapeEverything implements ReferenceInsertionEventHandler {

        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            return Html.escape(value);
        }
    }
}
