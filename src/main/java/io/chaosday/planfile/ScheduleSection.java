package io.chaosday.planfile;

import io.chaosday.plan.SchedulePolicy;
import io.chaosday.planfile.YamlNodes.Field;
import java.util.List;
import java.util.Map;

/** Reads the {@code schedule:} section of a plan file into a {@link SchedulePolicy}. */
final class ScheduleSection {

    static final List<String> KEYS = List.of("designWindow", "scopeBeforeKickoff", "kickoffBeforeShortlist",
            "agentsBeforeShortlist", "confirmBeforeChaosDay", "prepareBeforeChaosDay", "reviewAfterChaosDay",
            "teamOfTeamsAfterChaosDay", "shareAfterReview", "maxDays");
    static final List<String> DESIGN_WINDOW_KEYS = List.of("base", "growsFromTeams", "perExtraTeam", "max");

    private ScheduleSection() {
    }

    static SchedulePolicy read(YamlNodes nodes, Field schedule) {
        SchedulePolicy d = SchedulePolicy.DEFAULT;
        // Schedule keys are unique names, so messages give them bare, as the docs write them.
        Map<String, Field> fields = nodes.entries(nodes.map(schedule), "", KEYS, "key", "known keys here");
        Map<String, Field> window = fields.containsKey("designWindow")
                ? nodes.entries(nodes.map(fields.get("designWindow")), "designWindow", DESIGN_WINDOW_KEYS, "key",
                        "known keys here")
                : Map.of();

        int base = days(nodes, window, "base", 0, d.designWindowBase());
        int max = days(nodes, window, "max", 0, d.designWindowMax());
        if (max < base) {
            // Point at whichever of the two the file actually gave.
            Field culprit = window.containsKey("max") ? window.get("max") : window.get("base");
            throw nodes.error(culprit.value(), "the design window's max (" + max + ") is below its base (" + base
                    + "); make designWindow.max at least designWindow.base");
        }
        return new SchedulePolicy(
                base,
                days(nodes, window, "growsFromTeams", 0, d.designWindowGrowsFrom()),
                days(nodes, window, "perExtraTeam", 0, d.designWindowPerTeam()),
                max,
                days(nodes, fields, "scopeBeforeKickoff", 0, d.scopeBeforeKickoff()),
                days(nodes, fields, "kickoffBeforeShortlist", 0, d.kickoffBeforeShortlist()),
                days(nodes, fields, "agentsBeforeShortlist", 0, d.agentsBeforeShortlist()),
                days(nodes, fields, "confirmBeforeChaosDay", 0, d.confirmBeforeChaosDay()),
                days(nodes, fields, "prepareBeforeChaosDay", 0, d.prepareBeforeChaosDay()),
                days(nodes, fields, "reviewAfterChaosDay", 0, d.reviewAfterChaosDay()),
                days(nodes, fields, "teamOfTeamsAfterChaosDay", 0, d.teamOfTeamsAfterChaosDay()),
                days(nodes, fields, "shareAfterReview", 0, d.shareAfterReview()),
                days(nodes, fields, "maxDays", 1, d.maxDays()));
    }

    private static int days(YamlNodes nodes, Map<String, Field> fields, String key, int min, int fallback) {
        Field field = fields.get(key);
        return field == null ? fallback : nodes.workingDays(field, min);
    }
}
