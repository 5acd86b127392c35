package com.atlassian.jira.web.bean;

// Unchecked here (page not in the docs search): static PagerFilter.getUnlimitedFilter()
public class PagerFilter<T> {

    public static PagerFilter<?> getUnlimitedFilter() {
        return new PagerFilter<>();
    }
}
