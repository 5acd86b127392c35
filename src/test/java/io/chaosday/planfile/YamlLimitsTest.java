package io.chaosday.planfile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.InvalidPlanException;
import io.chaosday.plan.PlanFile;
import java.util.Collections;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;

/**
 * Aliases of plain values are limited as well as aliases of lists and maps: a 700 KB file that
 * aliases one long text 100,000 times would otherwise become 40 GB of checklist.
 */
public class YamlLimitsTest {

    /** Only catches a hang; the refusals below come from a walk that stops at the limit. */
    @Rule
    public final Timeout hangGuard = Timeout.seconds(30);

    @Test
    public void aLongTextAliasedAHundredThousandTimesIsRefused() {
        String yaml = "phases:\n  plan:\n    description: &a " + "Y".repeat(400_000) + "\n    checklist: ["
                + String.join(",", Collections.nCopies(100_000, "*a")) + "]\n";
        assertTrue(yaml.length() < PlanFileParser.MAX_BYTES);

        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanFileParser.parse(yaml, "plan.yaml"));

        assertTrue(e.getMessage(), e.getMessage().startsWith("plan.yaml: "));
        assertTrue(e.getMessage(), e.getMessage().contains("aliases (*name)"));
    }

    @Test
    public void aShortTextAliasedAHundredThousandTimesIsRefusedByTheCountOfAliases() {
        String yaml = "name: &n Chaos\nphases:\n  plan:\n    checklist: [" + String.join(",", Collections.nCopies(100_000, "*n"))
                + "]\n";

        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanFileParser.parse(yaml, "plan.yaml"));

        assertEquals("plan.yaml: more than 1000 uses of aliases (*name); write those values out in full", e.getMessage());
    }

    @Test
    public void aFewAliasesOfAValueAreStillAccepted() {
        String yaml = "name: &n Payments\nphases:\n  plan:\n    checklist: [*n, *n, Scope agreed]\n";

        PlanFile file = PlanFileParser.parse(yaml, "plan.yaml");

        assertEquals(java.util.Optional.of("Payments"), file.name());
    }

    @Test
    public void theExperimentsFileHasTheSameLimits() {
        String yaml = "experiments:\n  - title: &t " + "T".repeat(300_000) + "\n    rollback: [" 
                + String.join(",", Collections.nCopies(50, "*t")) + "]\n    owner: Alice\n";

        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> io.chaosday.workflow.ExperimentsFile.parse(yaml, "cards.yaml"));

        assertTrue(e.getMessage(), e.getMessage().contains("expand to more than 2 MB"));
    }
}
