package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TrackerException;

/**
 * Confluence's own converter, {@code POST /rest/api/contentbody/convert/storage} (v1, Data Center
 * and Cloud), so Jira descriptions become storage format exactly as Confluence would render them.
 *
 * ADF (Jira Cloud's descriptions) is the exception: {@link AdfStorage} converts it here.
 *
 * <p>The source representation names are Confluence's: {@code wiki} for wiki markup and
 * {@code atlas_doc_format} for ADF (the {@code ContentBodyCreate.representation} enum of
 * confluence-cloud-v1.json, and https://developer.atlassian.com/cloud/confluence/rest/v1/api-group-content-body).
 */
final class StorageConversion {

    static final String TARGET = "storage";

    private final ConfluenceCalls calls;
    private final ConfluenceSite site;

    StorageConversion(ConfluenceCalls calls, ConfluenceSite site) {
        this.calls = calls;
        this.site = site;
    }

    String toStorage(String body, SourceMarkup markup) {
        if (markup == SourceMarkup.ADF) {
            // Converted here: Confluence's synchronous conversion is deprecated for ADF.
            return AdfStorage.toStorage(body);
        }
        ObjectNode request = JsonNodeFactory.instance.objectNode()
                .put("value", body)
                .put("representation", representation(markup));
        JsonNode converted = calls.postSafeToRepeat(ConfluencePaths.convertTo(TARGET), request, Attempt.convert(markup));
        JsonNode value = converted.path("value");
        if (!value.isTextual()) {
            throw new TrackerException(TrackerException.Kind.UNSUPPORTED,
                    "Confluence's conversion to storage format answered without a value");
        }
        return value.asText();
    }

    static String representation(SourceMarkup markup) {
        return switch (markup) {
            case WIKI -> "wiki";
            case ADF -> "atlas_doc_format";
        };
    }
}
