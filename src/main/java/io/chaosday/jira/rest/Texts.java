package io.chaosday.jira.rest;

import java.io.Serializable;

/** The user's language: SAL's {@code I18nResolver} inside Jira, our i18n file in tests. */
@FunctionalInterface
public interface Texts {

    String text(String key, Serializable... arguments);
}
