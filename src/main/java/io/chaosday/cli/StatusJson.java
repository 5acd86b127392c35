package io.chaosday.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.workflow.ChaosDayStatus;

/** The status report as JSON, for dashboards and scripts. */
final class StatusJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusJson() {
    }

    static String render(ChaosDayStatus.Report report, IssueTracker tracker) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("chaosDayId", report.chaosDayId());
        root.put("name", report.name());
        root.put("chaosDay", report.chaosDay().map(Object::toString).orElse(null));
        if (report.daysToChaosDay().isPresent()) {
            root.put("daysToChaosDay", report.daysToChaosDay().get());
        } else {
            root.putNull("daysToChaosDay");
        }
        root.put("currentPhase", report.current().map(p -> p.key()).orElse(null));
        ArrayNode phases = root.putArray("phases");
        for (ChaosDayStatus.PhaseProgress phase : report.phases()) {
            ObjectNode p = phases.addObject();
            p.put("key", phase.phase().key());
            p.put("done", phase.done());
            p.put("total", phase.total());
            p.put("due", phase.due().map(Object::toString).orElse(null));
            p.put("epic", phase.epicKey().orElse(null));
        }
        ArrayNode overdue = root.putArray("overdue");
        report.overdue().forEach(i -> overdue.addObject()
                .put("key", i.key())
                .put("summary", i.summary())
                .put("due", i.due().map(Object::toString).orElse(null))
                .put("assignee", i.assignee().orElse(null))
                .put("url", tracker.browse(i.key()).toString()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
