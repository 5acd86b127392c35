package io.chaosday.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.plan.DefinitionUpdate;
import io.chaosday.plan.Weekdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI document's {@code DefinitionInput}, read into the change it asks for as typed; the
 * engine's {@link DefinitionUpdate} merges it with what is stored and says whether it makes a plan.
 */
final class DefinitionInput {

    private static final Set<String> FIELDS = Set.of("name", "chaosDay", "days", "teams", "holidays", "weekend", "timeZone");

    private DefinitionInput() {
    }

    static DefinitionUpdate read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadInput(Optional.empty(), "a JSON object");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new BadInput(Optional.of(name), "not a field of a definition");
            }
        });
        Optional<String> name = optionalText(body, "name");
        LocalDate chaosDay = date(required(body, "chaosDay"), "chaosDay");
        Optional<Integer> days = body.has("days") ? Optional.of(whole(body.get("days"), "days")) : Optional.empty();
        List<String> teams = texts(required(body, "teams"), "teams");
        Optional<Set<DayOfWeek>> weekend = body.has("weekend") ? Optional.of(weekend(body.get("weekend"))) : Optional.empty();
        Optional<Set<LocalDate>> holidays = Optional.empty();
        if (body.has("holidays")) {
            Set<LocalDate> given = new TreeSet<>();
            for (String holiday : texts(body.get("holidays"), "holidays")) {
                given.add(date(holiday, "holidays"));
            }
            holidays = Optional.of(given);
        }
        // Given as typed: the engine's DefinitionUpdate says whether it is a zone; empty goes back to Jira's own.
        Optional<String> timeZone = optionalText(body, "timeZone");
        return new DefinitionUpdate(name, Optional.of(chaosDay), days, Optional.of(teams), holidays, weekend, Optional.empty(),
                timeZone);
    }

    private static JsonNode required(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw new BadInput(Optional.of(field), "required");
        }
        return value;
    }

    private static Optional<String> optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new BadInput(Optional.of(field), "a text");
        }
        return Optional.of(value.asText());
    }

    private static LocalDate date(JsonNode value, String field) {
        if (!value.isTextual()) {
            throw new BadInput(Optional.of(field), "a date as YYYY-MM-DD");
        }
        return date(value.asText(), field);
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInput(Optional.of(field), "a date as YYYY-MM-DD, not " + text);
        }
    }

    private static int whole(JsonNode value, String field) {
        if (!value.isInt()) {
            throw new BadInput(Optional.of(field), "a whole number");
        }
        return value.asInt();
    }

    private static List<String> texts(JsonNode value, String field) {
        if (!value.isArray()) {
            throw new BadInput(Optional.of(field), "a list of texts");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new BadInput(Optional.of(field), "a list of texts");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    private static Set<DayOfWeek> weekend(JsonNode value) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : texts(value, "weekend")) {
            days.add(Weekdays.parse(day).orElseThrow(() -> new BadInput(Optional.of("weekend"),
                    "days as " + Weekdays.FORMS + ", not " + day)));
        }
        return days;
    }
}
