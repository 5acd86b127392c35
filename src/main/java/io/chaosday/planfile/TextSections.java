package io.chaosday.planfile;

import io.chaosday.plan.DefaultTexts;
import io.chaosday.plan.Phase;
import io.chaosday.plan.PlanTexts;
import io.chaosday.plan.Step;
import io.chaosday.plan.TicketText;
import io.chaosday.planfile.YamlNodes.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code phases:} and {@code tickets:} sections of a plan file over the default texts. */
final class TextSections {

    static final List<String> PHASE_KEYS = Arrays.stream(Phase.values()).map(Phase::key).toList();
    static final List<String> STEP_KEYS = Arrays.stream(Step.values()).map(Step::key).toList();
    static final List<String> TEXT_KEYS = List.of("summary", "description", "checklist");

    private TextSections() {
    }

    static PlanTexts read(YamlNodes nodes, Field phases, Field tickets) {
        PlanTexts texts = DefaultTexts.TEXTS;
        if (phases != null) {
            var fields = nodes.entries(nodes.map(phases), "phases", PHASE_KEYS, "phase", "known phases");
            for (Map.Entry<String, Field> entry : fields.entrySet()) {
                Phase phase = Phase.fromKey(entry.getKey()).orElseThrow(); // entries() lets only known keys through
                texts = texts.with(phase, text(nodes, entry.getValue(), texts.of(phase)));
            }
        }
        if (tickets != null) {
            var fields = nodes.entries(nodes.map(tickets), "tickets", STEP_KEYS, "ticket", "known tickets");
            for (Map.Entry<String, Field> entry : fields.entrySet()) {
                Step step = Step.fromKey(entry.getKey()).orElseThrow();
                texts = texts.with(step, text(nodes, entry.getValue(), texts.of(step)));
            }
        }
        return texts;
    }

    /** The default text with whichever of summary, description and checklist the file gives. */
    private static TicketText text(YamlNodes nodes, Field field, TicketText defaults) {
        Map<String, Field> fields = nodes.entries(nodes.map(field), field.path(), TEXT_KEYS, "key", "known keys here");
        String summary = defaults.summary();
        String description = defaults.description();
        List<String> checklist = defaults.checklist();
        if (fields.containsKey("summary")) {
            Field f = fields.get("summary");
            summary = nodes.text(f.value(), "'" + f.path() + "'").strip();
            if (summary.isEmpty()) {
                throw nodes.error(f.value(), "'" + f.path() + "' must not be blank; write a summary or leave the key out"
                        + " to keep the default");
            }
        }
        if (fields.containsKey("description")) {
            Field f = fields.get("description");
            // Block scalars (| and >) end with a newline; the ticket should not.
            description = nodes.text(f.value(), "'" + f.path() + "'").strip();
        }
        if (fields.containsKey("checklist")) {
            Field f = fields.get("checklist");
            checklist = new ArrayList<>();
            for (Node item : nodes.list(f, "short lines of text")) {
                String line = nodes.text(item, "each item of '" + f.path() + "'").strip();
                if (line.isEmpty()) {
                    throw nodes.error(item, "an item of '" + f.path() + "' is blank; write the item or remove the line");
                }
                checklist.add(line);
            }
        }
        return new TicketText(summary, description, checklist);
    }
}
