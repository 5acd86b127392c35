package io.chaosday.jira.tracker;

import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.IssueTrackerContract;

/** The plugin's tracker keeps the port's promises over Jira's services, judged by what it leaves in them. */
public class JiraJavaTrackerContractTest extends IssueTrackerContract {

    private JiraServicesInMemory jira;

    @Override
    protected IssueTracker trackerWithAnEmptyProject() {
        jira = new JiraServicesInMemory();
        return jira.tracker();
    }

    @Override
    protected void markDone(String issueKey) {
        jira.markDone(issueKey);
    }

    @Override
    protected void removeIdentityProperty(String issueKey) {
        jira.removeIdentityProperty(issueKey);
    }

    @Override
    protected String aKnownPerson() {
        return "alice";
    }

    @Override
    protected void forgetPerson(String name) {
        jira.strangers.add(name);
    }
}
