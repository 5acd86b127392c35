package io.chaosday.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.TrackedIssue;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * A Chaos Day's status as JSON: the one shape both the command line's JSON status and
 * the plugin's REST resource answer with, the {@code Status} schema of docs/openapi/chaosday-rest.yaml.
 * A value the Chaos Day does not have is left out, never written as null.
 */
public final class StatusJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusJson() {
    }

    /** The report as a JSON tree; {@code browse} gives where a person opens an issue. */
    public static ObjectNode of(ChaosDayStatus.Report report, Function<String, URI> browse) {
        ObjectNode root = JSON.createObjectNode().put("chaosDayId", report.chaosDayId()).put("name", report.name());
        report.chaosDay().ifPresent(d -> root.put("chaosDay", d.toString()));
        report.daysToChaosDay().ifPresent(d -> root.put("daysToChaosDay", d));
        report.current().ifPresent(p -> root.put("currentPhase", p.key()));
        ArrayNode phases = root.putArray("phases");
        for (ChaosDayStatus.PhaseProgress phase : report.phases()) {
            ObjectNode p = phases.addObject().put("phase", phase.phase().key()).put("done", phase.done()).put("total", phase.total());
            phase.due().ifPresent(d -> p.put("due", d.toString()));
            phase.epicKey().ifPresent(k -> p.putObject("epic").put("key", k).put("url", browse.apply(k).toString()).put("summary", k));
        }
        root.putObject("improvements").put("done", report.improvements().done()).put("total", report.improvements().total());
        tickets(root.putArray("overdue"), report.overdue(), browse);
        tickets(root.putArray("dueThisWeek"), report.dueThisWeek(), browse);
        return root;
    }

    private static void tickets(ArrayNode array, List<TrackedIssue> issues, Function<String, URI> browse) {
        for (TrackedIssue issue : issues) {
            ObjectNode ticket = array.addObject().put("key", issue.key()).put("url", browse.apply(issue.key()).toString())
                    .put("summary", issue.summary());
            issue.due().ifPresent(d -> ticket.put("due", d.toString()));
            issue.assignee().ifPresent(a -> ticket.put("assignee", a));
            if (!issue.status().isEmpty()) {
                ticket.put("status", issue.status());
            }
        }
    }
}
