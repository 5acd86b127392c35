package io.chaosday.jira.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.chaosday.jira.ProjectChaosDay;
import io.chaosday.jira.tracker.ProjectMark;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The Jira the calls act in: its issues, the project's mark of its Chaos Day, its address and its clock. */
record HostJira(IssueTracker tracker, ProjectMark marks, ApplicationProperties application, Clock clock) {

    /** The project's Chaos Day as its mark and issues hold it, with its definition. */
    ProjectChaosDay.Held held(Project project) {
        return ProjectChaosDay.find(new ChaosDayFinder(tracker), marks, project);
    }

    /** The project's Chaos Day with its experiment cards and review pages read. */
    ChaosDayIssues withCardsAndPages(Project project) {
        return ChaosDayFinder.withCardsAndPages(tracker).find(project.getKey(), Optional.empty());
    }

    /** Links in answers use Jira's canonical base URL. */
    URI address() {
        return URI.create(application.getBaseUrl(UrlMode.CANONICAL));
    }

    AnswerJson json() {
        return new AnswerJson(address());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
