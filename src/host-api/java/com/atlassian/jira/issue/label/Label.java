package com.atlassian.jira.issue.label;

// Checked: jira-api's Label.java (@PublicApi, since 4.2): a final CLASS, not an interface (an interface here would compile
// calls as invokeinterface and fail at run time), constructors (Long id, Long issue, String label) and
// (Long id, Long issue, Long customFieldId, String label), String getLabel(). No 10.x Javadoc page found in the docs search.
public final class Label {

    private final Long id;
    private final Long issue;
    private final Long customFieldId;
    private final String label;

    public Label(Long id, Long issue, String label) {
        this(id, issue, null, label);
    }

    public Label(Long id, Long issue, Long customFieldId, String label) {
        this.id = id;
        this.issue = issue;
        this.customFieldId = customFieldId;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public Long getIssue() {
        return issue;
    }

    public Long getCustomFieldId() {
        return customFieldId;
    }

    public String getLabel() {
        return label;
    }
}
