package io.chaosday.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Jira Software's Epic Name and Epic Link custom fields on Data Center, whose
 * {@code customfield_NNNNN} ids differ from site to site; found by their custom field type.
 */
record EpicFields(String epicName, String epicLink) {

    static final String EPIC_NAME_TYPE = "com.pyxis.greenhopper.jira:gh-epic-label";
    static final String EPIC_LINK_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";

    /** From the answer of {@code GET /rest/api/2/field}; empty when Jira Software is not installed. */
    static Optional<EpicFields> of(JsonNode fields) {
        Optional<String> name = idOfType(fields, EPIC_NAME_TYPE);
        Optional<String> link = idOfType(fields, EPIC_LINK_TYPE);
        return name.isPresent() && link.isPresent() ? Optional.of(new EpicFields(name.get(), link.get())) : Optional.empty();
    }

    private static Optional<String> idOfType(JsonNode fields, String customType) {
        for (JsonNode field : fields) {
            if (customType.equals(field.path("schema").path("custom").asText())) {
                return Optional.of(field.path("id").asText());
            }
        }
        return Optional.empty();
    }
}
