package io.chaosday.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.PhasePlan;
import io.chaosday.plan.Ticket;
import io.chaosday.plan.TicketText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The plan as JSON, for scripts: the shape is a published contract, so fields are only ever added.
 * Written by jackson-core's generator, field by field: a plan run has no use for jackson-databind,
 * whose classes would double what a run loads.
 */
public final class PlanJson implements PlanRenderer {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String render(ChaosDayPlan plan, LocalDate today) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("name", plan.name());
            json.writeStringField("chaosDay", plan.chaosDay().toString());
            json.writeStringField("lastDay", plan.lastDay().toString());
            json.writeNumberField("days", plan.days());
            json.writeArrayFieldStart("teams");
            for (String team : plan.teams()) {
                json.writeString(team);
            }
            json.writeEndArray();
            json.writeNumberField("designWindowWorkingDays", plan.designWindow());
            json.writeArrayFieldStart("holidays");
            for (LocalDate holiday : plan.calendar().holidays()) {
                json.writeString(holiday.toString());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("phases");
            for (PhasePlan phase : plan.phases()) {
                json.writeStartObject();
                json.writeStringField("key", phase.key());
                json.writeStringField("summary", phase.summary());
                json.writeStringField("due", phase.due().toString());
                describe(json, phase.text());
                json.writeArrayFieldStart("tickets");
                for (Ticket ticket : phase.tickets()) {
                    json.writeStartObject();
                    json.writeStringField("key", ticket.key());
                    json.writeStringField("summary", ticket.summary());
                    json.writeStringField("due", ticket.due().toString());
                    if (ticket.starts().isPresent()) {
                        json.writeStringField("starts", ticket.starts().get().toString());
                    }
                    json.writeStringField("team", ticket.team().orElse(null));
                    json.writeNumberField("workingDaysFromChaosDay", plan.calendar().workingDaysBetween(plan.chaosDay(), ticket.due()));
                    describe(json, ticket.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text + "\n";
    }

    private static void describe(JsonGenerator json, TicketText text) throws IOException {
        json.writeStringField("description", text.description());
        json.writeArrayFieldStart("checklist");
        for (String item : text.checklist()) {
            json.writeString(item);
        }
        json.writeEndArray();
    }
}
