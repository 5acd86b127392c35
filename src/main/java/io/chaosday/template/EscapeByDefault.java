package io.chaosday.template;

import io.chaosday.storage.StorageEscaper;
import io.chaosday.storage.StorageFragment;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Every value a template prints passes through here: a {@link StorageFragment} goes in as
 * markup, anything else is escaped. Templates therefore cannot forget to escape, and the only
 * markup in a page is the template's own text and fragments that are safe by construction.
 */
final class EscapeByDefault implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null) {
            // Strict mode stops most of these first; a blank in a page would hide a bug.
            throw new IllegalStateException("the template printed " + reference + ", which has no value");
        }
        if (value instanceof StorageFragment fragment) {
            return fragment.xhtml();
        }
        return StorageEscaper.escape(String.valueOf(value));
    }
}
