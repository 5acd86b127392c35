package io.chaosday.template;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.regex.Pattern;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Loads templates from one classpath folder, through this library's own class loader
 * (inside a Jira plugin the thread's context class loader is Jira's, not ours), and only for
 * plain names such as {@code review.vm}.
 */
final class TemplateLoader extends ResourceLoader {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*\\.vm");

    private final String folder;

    /** {@code folder} ends in a slash, e.g. {@code templates/confluence/}. */
    TemplateLoader(String folder) {
        this.folder = folder;
    }

    @Override
    public void init(ExtProperties configuration) {
    }

    @Override
    public Reader getResourceReader(String name, String encoding) throws ResourceNotFoundException {
        if (!NAME.matcher(name).matches()) {
            throw new ResourceNotFoundException("not a template name: " + name);
        }
        InputStream in = TemplateLoader.class.getClassLoader().getResourceAsStream(folder + name);
        if (in == null) {
            throw new ResourceNotFoundException("no template " + folder + name + " on the classpath");
        }
        return new InputStreamReader(in, Charset.forName(encoding));
    }

    /** Templates ship inside the jar and never change while it runs. */
    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
