package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.List;

/**
 * Labels through REST v1 on Data Center and Cloud: one POST with all of them; Confluence keeps the
 * ones a page already has, so sending those again changes nothing.
 */
final class PageLabels {

    /** Ordinary labels, the ones people see and search by (not personal "my:" ones). */
    static final String PREFIX = "global";

    private final ConfluenceCalls calls;

    PageLabels(ConfluenceCalls calls) {
        this.calls = calls;
    }

    void add(String pageId, List<String> labels) {
        if (labels.isEmpty()) {
            return;
        }
        ArrayNode body = JsonNodeFactory.instance.arrayNode();
        for (String label : labels) {
            body.addObject().put("prefix", PREFIX).put("name", label);
        }
        calls.postSafeToRepeat(ConfluencePaths.labels(pageId), body, Attempt.addLabels(pageId));
    }
}
