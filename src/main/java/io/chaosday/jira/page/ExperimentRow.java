package io.chaosday.jira.page;

/**
 * One experiment.
 *
 * @param outcomeKey   the i18n key of its outcome
 * @param outcomeStyle the AUI lozenge modifier that colours the outcome ({@code success}, {@code current}...)
 */
public record ExperimentRow(Link issue, String title, String owner, String team, String outcomeKey, String outcomeStyle) {
}
