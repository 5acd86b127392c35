package io.chaosday.workflow;

import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.IssueTrackerContract;

/** The in-memory tracker the engine's tests use keeps the port's promises too. */
public class FakeIssueTrackerContractTest extends IssueTrackerContract {

    private FakeIssueTracker jira;

    @Override
    protected IssueTracker trackerWithAnEmptyProject() {
        jira = new FakeIssueTracker().withProject(PROJECT);
        return jira;
    }

    @Override
    protected void markDone(String issueKey) {
        jira.markDone(jira.issues.get(issueKey).identity().orElseThrow().item().key());
    }

    @Override
    protected void removeIdentityProperty(String issueKey) {
        jira.removeIdentityProperty(issueKey);
    }

    @Override
    protected String aKnownPerson() {
        return "Alice";
    }

    @Override
    protected void forgetPerson(String name) {
        jira.users.remove(name);
    }
}
