package io.chaosday.jira.rest;

import io.chaosday.site.JiraSite;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.review.Experiment;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.PublishReviews;
import io.chaosday.workflow.RescheduleChaosDay;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** The resource's answers as the OpenAPI document's schemas spell them. */
final class AnswerJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI jira;

    AnswerJson(URI jira) {
        this.jira = jira;
    }

    ObjectNode definition(ChaosDayDefinition definition) {
        ObjectNode node = MAPPER.createObjectNode().put("name", definition.name())
                .put("chaosDay", definition.chaosDay().toString()).put("days", definition.days());
        definition.teams().forEach(node.putArray("teams")::add);
        ArrayNode holidays = node.putArray("holidays");
        definition.calendar().holidays().forEach(h -> holidays.add(h.toString()));
        ArrayNode weekend = node.putArray("weekend");
        definition.calendar().weekend().stream().sorted()
                .forEach(d -> weekend.add(d.name().substring(0, 3)));
        return node.put("provisional", definition.provisional());
    }

    ObjectNode reschedule(RescheduleChaosDay.Report report, boolean dryRun, LocalDate today) {
        ObjectNode node = MAPPER.createObjectNode().put("dryRun", dryRun);
        ArrayNode moves = node.putArray("moves");
        for (RescheduleChaosDay.Move move : report.moved()) {
            ObjectNode m = moves.addObject().put("key", move.issue().key()).put("url", browse(move.issue().key()))
                    .put("summary", move.issue().summary());
            if (move.change().from().isPresent()) {
                m.put("from", move.change().from().get().toString());
            } else {
                m.putNull("from");
            }
            m.put("to", move.change().to().toString()).put("overdue", move.change().to().isBefore(today));
        }
        node.put("unchanged", report.unchanged().size()).put("doneLeftAlone", report.done().size());
        ArrayNode created = node.putArray("created");
        report.created().forEach(issue -> ticket(created.addObject(), issue));
        ArrayNode wouldCreate = node.putArray("wouldCreate");
        if (dryRun) {
            report.missing().forEach(p -> wouldCreate.addObject().put("summary", p.issue().summary()).put("due", p.due().toString()));
        }
        ArrayNode notInPlan = node.putArray("notInPlan");
        report.notInPlan().forEach(issue -> ticket(notInPlan.addObject(), issue));
        return node;
    }

    ArrayNode experiments(List<Experiment> experiments) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Experiment experiment : experiments) {
            String key = experiment.key().map(io.chaosday.review.IssueKey::value).orElse("");
            ObjectNode e = list.addObject().put("key", key).put("url", browse(key)).put("title", experiment.title());
            if (!experiment.owner().isBlank()) {
                e.put("owner", experiment.owner());
            }
            if (!experiment.team().isBlank()) {
                e.put("team", experiment.team());
            }
            e.put("outcome", experiment.outcome().name());
        }
        return list;
    }

    ObjectNode publish(PublishReviews.Report report) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode pages = node.putArray("pages");
        for (PublishReviews.PageResult page : report.pages()) {
            ObjectNode p = pages.addObject().put("title", page.title()).put("action", page.action().name());
            page.page().ifPresent(wiki -> {
                p.put("url", wiki.link().toString());
                if (page.action() == io.chaosday.workflow.PageAction.SKIPPED_EDITED) {
                    wiki.lastEditor().ifPresent(editor -> p.put("editedBy", editor));
                }
            });
        }
        ArrayNode improvements = node.putArray("improvementsCreated");
        report.improvementsCreated().forEach(issue -> ticket(improvements.addObject(), issue));
        report.warnings().forEach(node.putArray("warnings")::add);
        return node;
    }

    static ObjectNode error(ErrorBody body) {
        ObjectNode node = MAPPER.createObjectNode().put("status", body.status()).put("code", body.code())
                .put("message", body.message());
        body.field().ifPresent(field -> node.put("field", field));
        body.authorisationUri().ifPresent(uri -> node.put("authorisationUri", uri.toString()));
        return node;
    }

    private void ticket(ObjectNode node, TrackedIssue issue) {
        node.put("key", issue.key()).put("url", browse(issue.key())).put("summary", issue.summary());
        issue.due().ifPresent(d -> node.put("due", d.toString()));
        issue.assignee().ifPresent(a -> node.put("assignee", a));
    }

    private String browse(String key) {
        return JiraSite.unlinked(jira).browse(key).toString();
    }
}
