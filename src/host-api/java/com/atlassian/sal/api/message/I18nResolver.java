package com.atlassian.sal.api.message;

import java.io.Serializable;

// Checked: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/message/I18nResolver.html (getText(String key, Serializable... arguments)); same member in Jira's own implementation, docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/i18n/AbstractI18nResolver.html
public interface I18nResolver {

    String getText(String key, Serializable... arguments);
}
