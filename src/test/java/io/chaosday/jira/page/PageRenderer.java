package io.chaosday.jira.page;

import io.chaosday.jira.PageText;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

import java.io.StringWriter;
import java.util.Properties;

/** Renders the page's templates with a real Velocity engine, as Jira would with the context our panel gives it. */
final class PageRenderer {

    static final String PAGE = "templates/jira/chaos-day-page.vm";

    private final VelocityEngine engine;
    private final PropertiesI18n i18n = new PropertiesI18n();

    PageRenderer() {
        Properties settings = new Properties();
        settings.setProperty("resource.loaders", "classpath");
        settings.setProperty("resource.loader.classpath.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        settings.setProperty("introspector.uberspect.class", RecordingUberspect.class.getName());
        // A reference that resolves to nothing is a mistake in the template, not something to print as "$name".
        settings.setProperty("runtime.strict_mode.enable", "true");
        engine = new VelocityEngine(settings);
        engine.init();
    }

    String render(String template, String name, Object view) {
        VelocityContext context = new VelocityContext();
        context.put(name, view);
        context.put("text", new PageText());
        context.put("i18n", i18n);
        Template loaded = engine.getTemplate(template, "UTF-8");
        StringWriter out = new StringWriter();
        loaded.merge(context, out);
        return out.toString();
    }

    /** Renders with a whole model, as a context provider gives it; {@code text} and {@code i18n} are the test's own. */
    String render(String template, java.util.Map<String, Object> model) {
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        context.put("text", new PageText());
        context.put("i18n", i18n);
        StringWriter out = new StringWriter();
        engine.getTemplate(template, "UTF-8").merge(context, out);
        return out.toString();
    }

    PropertiesI18n i18n() {
        return i18n;
    }
}
