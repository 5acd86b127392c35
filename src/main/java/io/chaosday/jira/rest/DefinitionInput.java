package io.chaosday.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.DefaultTexts;
import io.chaosday.plan.SchedulePolicy;
import io.chaosday.plan.WorkingCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI document's {@code DefinitionInput}, read into the definition it asks for. What it
 * leaves out keeps the stored value (name, length, holidays, weekend, the schedule's numbers and
 * texts); a set date is no longer provisional. Whether the result makes a plan (a working day, teams
 * named once...) is the engine's to say, when the plan is made.
 */
final class DefinitionInput {

    private static final Set<String> FIELDS = Set.of("name", "chaosDay", "days", "teams", "holidays", "weekend");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY,
            "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY, "SAT", DayOfWeek.SATURDAY,
            "SUN", DayOfWeek.SUNDAY);

    private DefinitionInput() {
    }

    static ChaosDayDefinition read(JsonNode body, Optional<ChaosDayDefinition> stored, String fallbackName) {
        if (body == null || !body.isObject()) {
            throw new BadInput(Optional.empty(), "a JSON object");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new BadInput(Optional.of(name), "not a field of a definition");
            }
        });
        String name = optionalText(body, "name").orElse(stored.map(ChaosDayDefinition::name).orElse(fallbackName));
        LocalDate chaosDay = date(required(body, "chaosDay"), "chaosDay");
        int days = body.has("days") ? whole(body.get("days"), "days") : stored.map(ChaosDayDefinition::days).orElse(1);
        List<String> teams = texts(required(body, "teams"), "teams");
        WorkingCalendar storedCalendar = stored.map(ChaosDayDefinition::calendar).orElseGet(WorkingCalendar::mondayToFriday);
        Set<DayOfWeek> weekend = body.has("weekend") ? weekend(body.get("weekend")) : storedCalendar.weekend();
        TreeSet<LocalDate> holidays = new TreeSet<>();
        if (body.has("holidays")) {
            for (String holiday : texts(body.get("holidays"), "holidays")) {
                holidays.add(date(holiday, "holidays"));
            }
        } else {
            holidays.addAll(storedCalendar.holidays());
        }
        return new ChaosDayDefinition(name, chaosDay, days, teams, new WorkingCalendar(weekend, holidays),
                stored.map(ChaosDayDefinition::policy).orElse(SchedulePolicy.DEFAULT),
                stored.map(ChaosDayDefinition::texts).orElse(DefaultTexts.TEXTS), false);
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
            DayOfWeek weekday = WEEKDAYS.get(day);
            if (weekday == null) {
                throw new BadInput(Optional.of("weekend"), "days as MON, TUE... SUN, not " + day);
            }
            days.add(weekday);
        }
        return days;
    }
}
