package io.chaosday.planfile;

import io.chaosday.plan.InvalidPlanException;
import io.chaosday.plan.PlanFile;
import io.chaosday.plan.PlanProblem;
import io.chaosday.plan.SchedulePolicy;
import io.chaosday.plan.Step;
import io.chaosday.planfile.YamlNodes.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a YAML plan file: a Chaos Day's own details plus any changes to the default schedule
 * and wording. Every key is optional; an empty file, or one with only comments, is
 * {@link PlanFile#DEFAULTS}.
 *
 * <pre>{@code
 * name: Payments Chaos Day          # default "Chaos Day"
 * chaosDay: 2027-03-10              # first day, YYYY-MM-DD; no default
 * days: 1                           # working days, 1 to schedule.maxDays
 * teams: [Payments, Checkout]       # names, or a number: 3 means Team 1, Team 2, Team 3
 * weekend: [SATURDAY, SUNDAY]       # or SAT, SUN; any case; [] for no weekend
 * holidays: [2027-03-01, 2027-04-02]
 * schedule:                         # working days; see SchedulePolicy
 *   designWindow:                   # from the shortlist to the Chaos Day
 *     base: 10                      # for few teams
 *     growsFromTeams: 5             # from this many teams on ...
 *     perExtraTeam: 2               # ... add this much per team ...
 *     max: 20                       # ... up to this
 *   scopeBeforeKickoff: 5
 *   kickoffBeforeShortlist: 2
 *   agentsBeforeShortlist: 1
 *   confirmBeforeChaosDay: 5
 *   prepareBeforeChaosDay: 1
 *   reviewAfterChaosDay: 3
 *   teamOfTeamsAfterChaosDay: 5
 *   shareAfterReview: 10
 *   maxDays: 5                      # the longest Chaos Day allowed
 * phases:                           # epic texts: plan, execute, review, share
 *   plan:
 *     summary: "Plan: {name}"
 *     description: Everything that has to happen before the Chaos Day.
 *     checklist: [Scope agreed, Experiments prepared]
 * tickets:                          # ticket texts, by Step key: scope, kickoff, agents, shortlist,
 *   kickoff:                        # confirm, prepare, chaos-day, review, team-of-teams, share
 *     summary: "Kick-off for {team}"
 * }</pre>
 *
 * <p>A text gives any of {@code summary}, {@code description} and {@code checklist}; the ones left
 * out keep their default. {@code {name}} stands for the Chaos Day's name and {@code {team}} for
 * the team on per-team tickets. A key written with no value (or {@code ~}) is as if left out.
 * Schedule numbers are whole working days from 0 to 250 ({@code maxDays} from 1).
 *
 * <p>Nothing in the file is turned into Java objects: the parser walks SnakeYAML's node tree
 * only, which keeps tags inert and lets every {@link InvalidPlanException} name the line. Files
 * over 1 MB and files that alias lists or maps more than ten times are refused.
 */
public final class PlanFileParser {

    /** A plan file is a page of text; anything near this size is the wrong file. */
    public static final int MAX_BYTES = 1024 * 1024;
    static final List<String> KEYS = List.of("name", "chaosDay", "days", "teams", "weekend", "holidays",
            "schedule", "phases", "tickets");

    private PlanFileParser() {
    }

    /** Parses the text of a plan file; {@code source} names it in messages. */
    public static PlanFile parse(String yaml, String source) {
        if (yaml.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidPlanException(new PlanProblem.InFile(source, "larger than 1 MB, too large for a plan file;"
                    + " check that it is the right file"));
        }
        Node root = YamlNodes.compose(yaml, source);
        if (root == null || YamlNodes.isEmpty(root)) {
            return PlanFile.DEFAULTS;
        }
        YamlNodes nodes = new YamlNodes(source);
        if (!(root instanceof MappingNode map)) {
            throw nodes.error(root, "a plan file must be a map of 'key: value' lines, such as"
                    + " 'name: Payments Chaos Day', not " + YamlNodes.wholeFileKind(root));
        }
        Map<String, Field> fields = nodes.entries(map, "", KEYS, "key", "known keys here");
        SchedulePolicy policy = fields.containsKey("schedule")
                ? ScheduleSection.read(nodes, fields.get("schedule")) : SchedulePolicy.DEFAULT;
        return new PlanFile(
                optional(fields, "name", f -> DetailFields.name(nodes, f)),
                optional(fields, "chaosDay", f -> DetailFields.date(nodes, f.value(), "chaosDay")),
                optional(fields, "days", f -> DetailFields.days(nodes, f, policy)),
                optional(fields, "teams", f -> DetailFields.teams(nodes, f)),
                optional(fields, "weekend", f -> DetailFields.weekend(nodes, f)),
                optional(fields, "holidays", f -> DetailFields.holidays(nodes, f)).orElse(List.of()),
                policy,
                TextSections.read(nodes, fields.get("phases"), fields.get("tickets")));
    }


    private static <T> Optional<T> optional(Map<String, Field> fields, String key, Function<Field, T> read) {
        return Optional.ofNullable(fields.get(key)).map(read);
    }
}
