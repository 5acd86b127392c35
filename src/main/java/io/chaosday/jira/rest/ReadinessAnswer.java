package io.chaosday.jira.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.atlassian.sal.api.message.I18nResolver;
import io.chaosday.workflow.day.Readiness;
import io.chaosday.workflow.day.ReadinessProblem;
import java.util.Locale;

/** The go / no-go checklist as the page reads it, each check and problem in the user's language. */
final class ReadinessAnswer {

    private ReadinessAnswer() {
    }

    static ObjectNode of(Readiness readiness, I18nResolver i18n) {
        ObjectNode root = AnswerJson.MAPPER.createObjectNode().put("name", readiness.chaosDayName()).put("go", readiness.go());
        ArrayNode checks = root.putArray("checks");
        for (Readiness.Check check : readiness.checks()) {
            String topic = check.topic().name().toLowerCase(Locale.ROOT).replace('_', '-');
            ObjectNode c = checks.addObject().put("check", topic)
                    .put("title", i18n.getText("chaosday.ready." + topic + ".title")).put("passed", check.passed());
            ArrayNode problems = c.putArray("problems");
            check.problems().forEach(p -> problems.add(problem(p, i18n)));
            if (!check.passed()) {
                c.put("toDo", i18n.getText("chaosday.ready." + topic + ".todo"));
            }
        }
        return root;
    }

    private static String problem(ReadinessProblem problem, I18nResolver i18n) {
        if (problem instanceof ReadinessProblem.NoExperiments) {
            return i18n.getText("chaosday.ready.problem.no-experiments");
        }
        if (problem instanceof ReadinessProblem.TeamWithoutExperiment p) {
            return i18n.getText("chaosday.ready.problem.team-without-experiment", p.team());
        }
        if (problem instanceof ReadinessProblem.IncompleteCard p) {
            return i18n.getText("chaosday.ready.problem.incomplete-card", p.issueKey(), p.title(), String.join(", ", p.missing()));
        }
        if (problem instanceof ReadinessProblem.OwnerUnknown p) {
            return i18n.getText("chaosday.ready.problem.owner-unknown", p.issueKey(), p.title(), p.owner());
        }
        if (problem instanceof ReadinessProblem.OpenTicket p) {
            return p.due().isPresent()
                    ? i18n.getText("chaosday.ready.problem.open-ticket-due", p.issueKey(), p.summary(), p.due().get().toString())
                    : i18n.getText("chaosday.ready.problem.open-ticket", p.issueKey(), p.summary());
        }
        return i18n.getText("chaosday.ready.problem.missing-ticket", ((ReadinessProblem.MissingTicket) problem).step());
    }
}
