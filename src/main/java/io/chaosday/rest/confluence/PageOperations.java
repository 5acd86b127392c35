package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What Confluence says the user may do, read from an {@code operations} list of
 * {@code {operation, targetType}} pairs: Data Center's {@code OperationCheckResult}s on a page read
 * with {@code expand=operations}, Cloud's {@code PermittedOperationsResponse}.
 */
final class PageOperations {

    private PageOperations() {
    }

    /**
     * Whether the list allows creating pages; true when there is no list at all, since a wiki that
     * does not say leaves the first page create to tell.
     */
    static boolean mayCreatePages(JsonNode operations) {
        if (!operations.isArray()) {
            return true;
        }
        for (JsonNode operation : operations) {
            if (operation.path("operation").asText("").equals("create")
                    && operation.path("targetType").asText("").equals("page")) {
                return true;
            }
        }
        return false;
    }
}
