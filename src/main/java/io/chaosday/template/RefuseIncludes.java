package io.chaosday.template;

import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.context.Context;

/**
 * Turns {@code #include} and {@code #parse} away. Our templates are self-contained; refusing
 * both means no name, ours or a user's, can pull another resource into a page.
 */
final class RefuseIncludes implements IncludeEventHandler {

    @Override
    public String includeEvent(Context context, String includeResourcePath, String currentResourcePath,
            String directiveName) {
        throw new IllegalStateException("#" + directiveName + " is not used in templates; "
                + currentResourcePath + " asked for " + includeResourcePath);
    }
}
