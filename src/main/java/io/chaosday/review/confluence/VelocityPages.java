package io.chaosday.review.confluence;

import java.io.StringWriter;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.slf4j.helpers.NOPLogger;

/**
 * One Velocity engine, set up once and shared: strict references, templates from our own
 * classpath folder only, no includes, and every printed value escaped unless it is a
 * storage fragment. Velocity's runtime is thread-safe once initialised.
 */
final class VelocityPages {

    /** The one name a page template sees: its typed view object. */
    static final String VIEW = "view";

    private final RuntimeInstance velocity = new RuntimeInstance();

    VelocityPages() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "pages");
        p.put("resource.loader.pages." + RuntimeConstants.RESOURCE_LOADER_INSTANCE, new TemplateLoader());
        p.setProperty("resource.loader.pages." + RuntimeConstants.RESOURCE_LOADER_CACHE, "true");
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.VM_ARGUMENTS_STRICT, "true");
        p.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
        // No "$x" inside string literals: nothing in a template gets evaluated twice.
        p.setProperty(RuntimeConstants.INTERPOLATE_STRINGLITERALS, "false");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        p.put(RuntimeConstants.RUNTIME_LOG_INSTANCE, NOPLogger.NOP_LOGGER);
        velocity.init(p);
        velocity.getApplicationEventCartridge().addEventHandler(new EscapeByDefault());
        velocity.getApplicationEventCartridge().addEventHandler(new RefuseIncludes());
    }

    /** The text of every page template, so a change to any of them shows in a page's fingerprint. */
    String design() {
        StringBuilder text = new StringBuilder();
        for (String name : new String[] {ReviewPage.TEMPLATE, LessonsPage.TEMPLATE}) {
            try (java.io.InputStream in = TemplateLoader.class.getClassLoader()
                    .getResourceAsStream(TemplateLoader.FOLDER + name)) {
                if (in == null) {
                    throw new java.io.IOException("not on the classpath");
                }
                text.append(name).append('\n').append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new RenderException("page template " + name + " cannot be read", e);
            }
        }
        return Integer.toHexString(text.toString().hashCode()) + "/" + text.length();
    }

    /** Renders {@code templates/confluence/<name>} with {@code view} as its only variable. */
    String render(String name, Object view) {
        try {
            Template template = velocity.getTemplate(name, "UTF-8");
            VelocityContext context = new VelocityContext();
            context.put(VIEW, view);
            StringWriter out = new StringWriter();
            template.merge(context, out);
            return out.toString();
        } catch (VelocityException | IllegalStateException e) {
            throw new RenderException("page template " + name + " failed: " + e.getMessage(), e);
        }
    }
}
