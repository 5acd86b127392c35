package io.chaosday.jira.page;

/**
 * One phase's progress.
 *
 * @param phaseKey the i18n key of the phase's name
 * @param due      the epic's due date, ISO, or empty
 * @param epic     the phase epic, or null when it does not exist (yet)
 */
public record PhaseRow(String phaseKey, String cssName, int done, int total, String due, Link epic, boolean current) {

    /** Done out of total as a whole percentage, for the progress bar; 0 when the phase has no tickets. */
    public int percent() {
        return total == 0 ? 0 : done * 100 / total;
    }

    public boolean hasEpic() {
        return epic != null;
    }
}
