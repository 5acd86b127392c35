package io.chaosday.jira.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.chaosday.jira.rest.ChaosDayCalls.Answer;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayStatus;
import io.chaosday.workflow.StatusJson;
import io.chaosday.workflow.day.GoNoGo;

/** What the page reads of the Chaos Day before it runs: its status, whether it is ready, its experiments. */
record ChaosDayReads(Answering answering, HostJira jira, I18nResolver i18n) {

    Answer status(String projectKey) {
        return answering.answer(projectKey, "reading the Chaos Day's status", false,
                project -> StatusJson.of(ChaosDayStatus.of(jira.held(project).found(), jira.today()), jira.tracker()::browse));
    }

    /** The go / no-go checklist: whether the Chaos Day is ready to run, each check with what to do about a failure. */
    Answer ready(String projectKey) {
        return answering.answer(projectKey, "checking whether the Chaos Day is ready", false,
                project -> ReadinessAnswer.of(GoNoGo.check(jira.withCardsAndPages(project), jira.today()), i18n));
    }

    Answer experiments(String projectKey) {
        return answering.answer(projectKey, "listing the Chaos Day's experiments", false,
                project -> jira.json().experiments(ChaosDayExperiments.list(jira.withCardsAndPages(project))));
    }
}
