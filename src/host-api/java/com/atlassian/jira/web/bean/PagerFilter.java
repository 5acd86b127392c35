package com.atlassian.jira.web.bean;

// Checked: https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html (@PublicApi class PagerFilter<T>; static PagerFilter getUnlimitedFilter(), raw there, a wildcard here: the same erasure); no 10.x page found
public class PagerFilter<T> {

    public static PagerFilter<?> getUnlimitedFilter() {
        return new PagerFilter<>();
    }
}
