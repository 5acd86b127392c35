package io.chaosday.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.slf4j.helpers.NOPLogger;

/**
 * The one Velocity set-up every page and export renders with: strict references, templates from
 * one of our own classpath folders only, no includes, and every printed value escaped unless it is
 * a storage fragment. Set up once per folder and shared; Velocity's runtime is thread-safe once
 * initialised.
 */
public final class Templates {

    private final String folder;
    private final RuntimeInstance velocity = new RuntimeInstance();

    /** Templates from {@code folder} on the classpath, which ends in a slash, e.g. {@code templates/}. */
    public Templates(String folder) {
        this.folder = folder;
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "ours");
        p.put("resource.loader.ours." + RuntimeConstants.RESOURCE_LOADER_INSTANCE, new TemplateLoader(folder));
        p.setProperty("resource.loader.ours." + RuntimeConstants.RESOURCE_LOADER_CACHE, "true");
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

    /** Renders the template {@code name} with {@code value} as its only variable, {@code variable}. */
    public String render(String name, String variable, Object value) {
        try {
            Template template = velocity.getTemplate(name, "UTF-8");
            VelocityContext context = new VelocityContext();
            context.put(variable, value);
            StringWriter out = new StringWriter();
            template.merge(context, out);
            return out.toString();
        } catch (VelocityException | IllegalStateException e) {
            throw new RenderException("template " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** The template's own text, e.g. to fingerprint a design. */
    public String source(String name) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new IOException("not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RenderException("template " + name + " cannot be read", e);
        }
    }
}
