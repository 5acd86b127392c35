package com.atlassian.jira.issue.label;

// Unchecked here (page not in the docs search): Label getLabel(), the label's text
public interface Label {

    String getLabel();
}
