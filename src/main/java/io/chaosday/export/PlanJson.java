package io.chaosday.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.PhasePlan;
import io.chaosday.plan.Ticket;
import io.chaosday.plan.TicketText;
import java.time.LocalDate;

/** The plan as JSON, for scripts: the shape is a published contract, so fields are only ever added. */
public final class PlanJson implements PlanRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(ChaosDayPlan plan, LocalDate today) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", plan.name());
        root.put("chaosDay", plan.chaosDay().toString());
        root.put("lastDay", plan.lastDay().toString());
        root.put("days", plan.days());
        ArrayNode teams = root.putArray("teams");
        plan.teams().forEach(teams::add);
        root.put("designWindowWorkingDays", plan.designWindow());
        ArrayNode holidays = root.putArray("holidays");
        plan.calendar().holidays().forEach(h -> holidays.add(h.toString()));
        ArrayNode phases = root.putArray("phases");
        for (PhasePlan phase : plan.phases()) {
            ObjectNode p = phases.addObject();
            p.put("key", phase.key());
            p.put("summary", phase.summary());
            p.put("due", phase.due().toString());
            describe(p, phase.text());
            ArrayNode tickets = p.putArray("tickets");
            for (Ticket ticket : phase.tickets()) {
                ObjectNode t = tickets.addObject();
                t.put("key", ticket.key());
                t.put("summary", ticket.summary());
                t.put("due", ticket.due().toString());
                ticket.starts().ifPresent(s -> t.put("starts", s.toString()));
                t.put("team", ticket.team().orElse(null));
                t.put("workingDaysFromChaosDay", plan.calendar().workingDaysBetween(plan.chaosDay(), ticket.due()));
                describe(t, ticket.text());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static void describe(ObjectNode node, TicketText text) {
        node.put("description", text.description());
        ArrayNode checklist = node.putArray("checklist");
        text.checklist().forEach(checklist::add);
    }
}
