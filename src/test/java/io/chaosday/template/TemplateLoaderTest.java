package io.chaosday.template;

import static org.junit.Assert.assertThrows;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.junit.Test;

/** Templates come from one folder of our own, by plain name only. */
public class TemplateLoaderTest {

    @Test
    public void onlyPlainTemplateNamesAreLoaded() {
        TemplateLoader loader = new TemplateLoader("templates/confluence/");
        assertThrows(ResourceNotFoundException.class, () -> loader.getResourceReader("../confluence/review.vm", "UTF-8"));
        assertThrows(ResourceNotFoundException.class, () -> loader.getResourceReader("/etc/passwd", "UTF-8"));
        assertThrows(ResourceNotFoundException.class, () -> loader.getResourceReader("nowhere.vm", "UTF-8"));
    }

    @Test
    public void aTemplateInAnotherFolderIsNotReachable() {
        TemplateLoader loader = new TemplateLoader("templates/");
        assertThrows(ResourceNotFoundException.class, () -> loader.getResourceReader("review.vm", "UTF-8"));
    }
}
