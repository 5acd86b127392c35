package io.chaosday.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.DefaultTexts;
import io.chaosday.plan.Phase;
import io.chaosday.plan.PlanTexts;
import io.chaosday.plan.SchedulePolicy;
import io.chaosday.plan.Step;
import io.chaosday.plan.TicketText;
import io.chaosday.plan.Weekdays;
import io.chaosday.plan.WorkingCalendar;
import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link ChaosDayDefinition} as the flat issue property kept on the Execute epic. Lists and
 * maps are JSON text inside it; texts are kept only where they differ from the defaults, so
 * the property stays small. Every value carries {@code version}: a later release reads this one.
 */
public final class DefinitionProperty {

    /** The issue property, on the Chaos Day's Execute epic. */
    public static final String KEY = io.chaosday.tracker.IssueProperties.DEFINITION;

    /** The layout written by this release; readers accept it and anything older. */
    public static final int VERSION = 1;

    /** The key of the time zone the day's run log is kept in: an IANA name such as {@code Europe/London}. */
    public static final String TIME_ZONE = "timeZone";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DefinitionProperty() {
    }

    public static Map<String, String> toProperty(ChaosDayDefinition definition) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("version", Integer.toString(VERSION));
        out.put("name", definition.name());
        out.put("chaosDay", definition.chaosDay().toString());
        out.put("days", Integer.toString(definition.days()));
        out.put("teams", write(JSON.valueToTree(definition.teams())));
        out.put("weekend", String.join(",", definition.calendar().weekend().stream().sorted().map(DayOfWeek::name).toList()));
        out.put("holidays", String.join(",", definition.calendar().holidays().stream().map(LocalDate::toString).toList()));
        out.put("schedule", write(schedule(definition.policy())));
        out.put("texts", write(texts(definition.texts())));
        out.put("provisional", Boolean.toString(definition.provisional()));
        // Left out when none is named, so the property of a Chaos Day without one stays as it was.
        definition.timeZone().ifPresent(zone -> out.put(TIME_ZONE, zone.getId()));
        return out;
    }

    /** The definition kept in a property; empty when there is none or it cannot be read (a newer layout). */
    public static Optional<ChaosDayDefinition> fromProperty(Map<String, String> property) {
        try {
            int version = Integer.parseInt(property.getOrDefault("version", "0"));
            if (version < 1 || version > VERSION) {
                return Optional.empty();
            }
            List<String> teams = new ArrayList<>();
            JSON.readTree(property.get("teams")).forEach(t -> teams.add(t.asText()));
            Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
            split(property.get("weekend")).forEach(d -> weekend.add(Weekdays.parse(d)
                    .orElseThrow(() -> new IllegalArgumentException("not a day of the week: " + d))));
            TreeSet<LocalDate> holidays = new TreeSet<>();
            split(property.get("holidays")).forEach(d -> holidays.add(LocalDate.parse(d)));
            return Optional.of(new ChaosDayDefinition(property.get("name"), LocalDate.parse(property.get("chaosDay")),
                    Integer.parseInt(property.get("days")), teams, new WorkingCalendar(weekend, holidays),
                    schedule(JSON.readTree(property.getOrDefault("schedule", "{}"))),
                    texts(JSON.readTree(property.getOrDefault("texts", "{}"))),
                    Boolean.parseBoolean(property.get("provisional")),
                    zone(property.get(TIME_ZONE))));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException | DateTimeParseException
                | ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    /** A stored zone this Java does not know reads as none: the definition stays readable, the log uses the default. */
    private static Optional<java.time.ZoneId> zone(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.ZoneId.of(stored.strip()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::strip).toList();
    }

    private static ObjectNode schedule(SchedulePolicy policy) {
        ObjectNode out = JSON.createObjectNode();
        try {
            for (RecordComponent c : SchedulePolicy.class.getRecordComponents()) {
                out.put(c.getName(), (int) c.getAccessor().invoke(policy));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a schedule number could not be read", e);
        }
        return out;
    }

    /** The stored numbers over the defaults: a number a later release adds keeps its default here. */
    private static SchedulePolicy schedule(JsonNode stored) throws ReflectiveOperationException {
        RecordComponent[] components = SchedulePolicy.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            int fallback = (int) components[i].getAccessor().invoke(SchedulePolicy.DEFAULT);
            values[i] = stored.path(components[i].getName()).asInt(fallback);
            types[i] = int.class;
        }
        return SchedulePolicy.class.getDeclaredConstructor(types).newInstance(values);
    }

    private static ObjectNode texts(PlanTexts texts) {
        ObjectNode out = JSON.createObjectNode();
        ObjectNode phases = out.putObject("phases");
        for (Phase phase : Phase.values()) {
            if (!texts.of(phase).equals(DefaultTexts.TEXTS.of(phase))) {
                phases.set(phase.key(), text(texts.of(phase)));
            }
        }
        ObjectNode tickets = out.putObject("tickets");
        for (Step step : Step.values()) {
            if (!texts.of(step).equals(DefaultTexts.TEXTS.of(step))) {
                tickets.set(step.key(), text(texts.of(step)));
            }
        }
        return out;
    }

    private static PlanTexts texts(JsonNode stored) {
        PlanTexts texts = DefaultTexts.TEXTS;
        for (Phase phase : Phase.values()) {
            JsonNode t = stored.path("phases").path(phase.key());
            if (t.isObject()) {
                texts = texts.with(phase, text(t));
            }
        }
        for (Step step : Step.values()) {
            JsonNode t = stored.path("tickets").path(step.key());
            if (t.isObject()) {
                texts = texts.with(step, text(t));
            }
        }
        return texts;
    }

    private static ObjectNode text(TicketText text) {
        ObjectNode out = JSON.createObjectNode().put("summary", text.summary()).put("description", text.description());
        ArrayNode checklist = out.putArray("checklist");
        text.checklist().forEach(checklist::add);
        return out;
    }

    private static TicketText text(JsonNode stored) {
        List<String> checklist = new ArrayList<>();
        stored.path("checklist").forEach(item -> checklist.add(item.asText()));
        return new TicketText(stored.path("summary").asText(), stored.path("description").asText(), checklist);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a definition always writes as JSON", e);
        }
    }
}
