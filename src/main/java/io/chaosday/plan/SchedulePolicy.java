package io.chaosday.plan;

/**
 * The numbers of the schedule, in working days. {@link #DEFAULT} is the playbook-based default;
 * a plan file may override any of them.
 *
 * @param designWindowBase       working days from the shortlist to the Chaos Day for small Chaos Days
 * @param designWindowGrowsFrom  the number of teams from which the design window grows
 * @param designWindowPerTeam    extra working days per team from that number on
 * @param designWindowMax        the design window never grows past this
 * @param scopeBeforeKickoff     scope is due this long before the (first) kick-off
 * @param kickoffBeforeShortlist kick-offs are due this long before the shortlist
 * @param agentsBeforeShortlist  the Agents of Chaos are named this long before the shortlist
 * @param confirmBeforeChaosDay  stakeholders confirm and comms go out this long before the Chaos Day
 * @param prepareBeforeChaosDay  experiments are ready this long before the Chaos Day
 * @param reviewAfterChaosDay    team reviews happen this long after the last Chaos Day
 * @param teamOfTeamsAfterChaosDay the team-of-teams review happens this long after the last Chaos Day
 * @param shareAfterReview       write-ups are shared this long after the last review
 * @param maxDays                the longest Chaos Day (a "Chaos Week")
 */
public record SchedulePolicy(
        int designWindowBase,
        int designWindowGrowsFrom,
        int designWindowPerTeam,
        int designWindowMax,
        int scopeBeforeKickoff,
        int kickoffBeforeShortlist,
        int agentsBeforeShortlist,
        int confirmBeforeChaosDay,
        int prepareBeforeChaosDay,
        int reviewAfterChaosDay,
        int teamOfTeamsAfterChaosDay,
        int shareAfterReview,
        int maxDays) {

    public static final SchedulePolicy DEFAULT = new SchedulePolicy(10, 5, 2, 20, 5, 2, 1, 5, 1, 3, 5, 10, 5);

    /** Working days from the shortlist's due date to the Chaos Day, for this many teams. */
    public int designWindow(int teams) {
        if (teams < designWindowGrowsFrom) {
            return designWindowBase;
        }
        int grown = designWindowBase + designWindowPerTeam * (teams - designWindowGrowsFrom + 1);
        return Math.max(designWindowBase, Math.min(designWindowMax, grown));
    }
}
