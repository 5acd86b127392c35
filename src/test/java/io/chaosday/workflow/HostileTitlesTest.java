package io.chaosday.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackedIssue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Names typed by people or read from plan and experiment files reach Jira's summaries without
 * the control characters and bidirectional overrides that would make a summary read otherwise
 * than it says.
 */
public class HostileTitlesTest {

    /** Control characters (C0, DEL, C1) and the bidirectional formatting characters. */
    private static final Pattern HIDDEN = Pattern.compile("[\\x00-\\x1f\\x7f-\\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]");

    private static final String NAME = "Spring \u202Eyad soahC\u202C\u0007 Chaos Day";
    private static final String TEAM = "Pay\u2067ments\u2069\u001b[2J\u009b\nTeam";

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");

    private void create() {
        ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec(NAME, LocalDate.parse("2027-03-10"), 1,
                List.of(TEAM, "Search\u200F"), WorkingCalendar.mondayToFriday()));
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false), Progress.SILENT);
    }

    @Test
    public void chaosDayAndTeamNamesReachTheSummariesWithoutHiddenCharacters() {
        create();

        assertFalse(jira.issues.isEmpty());
        for (TrackedIssue issue : jira.issues.values()) {
            assertFalse(issue.summary(), HIDDEN.matcher(issue.summary()).find());
        }
        assertTrue("the visible words stay", jira.issues.values().stream()
                .anyMatch(i -> i.summary().contains("Payments[2J Team")));
    }

    @Test
    public void experimentTitlesFromAFileReachTheSummariesWithoutHiddenCharacters() {
        create();
        String file = """
                experiments:
                  - title: "Payments \\u202Egnp.exe\\u202C loses its database\\u0007\\u009b"
                    rollback: restart it
                    owner: Alice
                """;

        new ChaosDayExperiments(jira).add("CHAOS", ChaosDayId.fromName(NAME), ExperimentsFile.parse(file, "experiments.yaml"),
                false, Progress.SILENT);

        TrackedIssue experiment = jira.issues.values().stream().filter(i -> i.summary().startsWith("Payments ")).findFirst()
                .orElseThrow();
        assertEquals("Payments gnp.exe loses its database", experiment.summary());
    }
}
