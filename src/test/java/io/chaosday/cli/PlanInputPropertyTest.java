package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.property.Property;
import io.chaosday.property.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Whatever options, team names and plan files are given, {@code plan} prints a plan (exit 0) or
 * one line saying what is wrong (exit 2): never a trace, never "unexpected error".
 */
public class PlanInputPropertyTest {

    private static final List<String> DATES = List.of("2027-03-10", "2027-03-13", "2026-01-05", "2027-02-30", "9999-12-31",
            "+10000-01-01", "0000-01-01", "2027-3-10", "10/03/2027", "");
    private static final List<String> FORMATS = List.of("table", "json", "csv", "ics", "html", "xml", "");
    private static final List<String> WEEKENDS = List.of("SAT,SUN", "FRI,SAT", "NONE", "MON,TUE,WED,THU,FRI,SAT,SUN", "S", "");
    private static final List<String> PLAN_KEYS = List.of("name", "chaosDay", "days", "teams", "weekend", "holidays",
            "schedule", "phases", "tickets", "designWindow", "base", "max", "plan", "kickoff", "summary", "description",
            "checklist", "unknown");

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void anyOptionsGiveAPlanOrOneClearLine() {
        Property.forAll("plan options", 300, random -> assertPlanOrOneLine(options(random)));
    }

    @Test
    public void anyPlanFileGivesAPlanOrOneClearLine() {
        Property.forAll("plan files", 300, random -> {
            Path file = write(planFile(random));
            List<String> args = new ArrayList<>(List.of("plan", "--plan-file", file.toString()));
            if (random.nextBoolean()) {
                args.addAll(List.of("--chaos-day", "2027-03-10"));
            }
            args.addAll(List.of("--format", Texts.oneOf(random, List.of("table", "json", "csv", "ics", "html"))));
            assertPlanOrOneLine(args);
        });
    }

    private static void assertPlanOrOneLine(List<String> args) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        String what = args + " -> exit " + run.exit() + ": " + run.err();
        assertTrue(what, run.exit() == ExitCodes.OK || run.exit() == ExitCodes.USAGE);
        assertFalse(what, run.err().contains("unexpected error"));
        assertFalse(what, run.err().contains("Exception"));
        assertFalse(what, run.err().contains("\tat "));
        if (run.exit() == ExitCodes.OK) {
            assertFalse(what, run.out().isBlank());
        } else {
            assertEquals(what, 1, run.err().strip().lines().count());
            assertEquals(what, "", run.out());
        }
    }

    private static List<String> options(Random random) {
        List<String> args = new ArrayList<>(List.of("plan"));
        if (random.nextInt(10) > 0) {
            args.addAll(List.of("--chaos-day", random.nextBoolean() ? Texts.oneOf(random, DATES) : Texts.any(random, 3)));
        }
        if (random.nextInt(3) == 0) {
            args.addAll(List.of("--days", String.valueOf(random.nextInt(12) - 3)));
        }
        if (random.nextInt(3) == 0) {
            args.addAll(List.of("--teams", random.nextInt(5) == 0 ? Texts.any(random, 2) : String.valueOf(random.nextInt(130) - 5)));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            args.addAll(List.of("--team", Texts.any(random, random.nextInt(10) == 0 ? 120 : 6)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            args.addAll(List.of("--holiday", random.nextBoolean() ? Texts.oneOf(random, DATES) : Texts.any(random, 2)));
        }
        if (random.nextInt(4) == 0) {
            args.addAll(List.of("--weekend", Texts.oneOf(random, WEEKENDS)));
        }
        if (random.nextInt(3) == 0) {
            args.addAll(List.of("--name", Texts.any(random, 8)));
        }
        if (random.nextInt(2) == 0) {
            args.addAll(List.of("--format", Texts.oneOf(random, FORMATS)));
        }
        if (random.nextBoolean()) {
            args.add("--allow-past");
        }
        return args;
    }

    /** A YAML-ish document: known and unknown keys, nested maps and lists, aliases, and text of every kind. */
    private static String planFile(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(4) == 0) {
            out.append("x: &a ").append(scalar(random)).append('\n');
        }
        for (int i = random.nextInt(6); i >= 0; i--) {
            value(random, out, Texts.oneOf(random, PLAN_KEYS), 0);
        }
        return out.toString();
    }

    private static void value(Random random, StringBuilder out, String key, int depth) {
        String indent = "  ".repeat(depth);
        out.append(indent).append(key).append(':');
        int kind = depth >= 3 ? 0 : random.nextInt(4);
        switch (kind) {
            case 0 -> out.append(' ').append(scalar(random)).append('\n');
            case 1 -> {
                out.append('\n');
                for (int i = random.nextInt(4); i >= 0; i--) {
                    out.append(indent).append("  - ").append(scalar(random)).append('\n');
                }
            }
            case 2 -> {
                out.append(" [");
                for (int i = random.nextInt(4); i >= 0; i--) {
                    out.append(i == 0 ? "" : ", ").append(random.nextInt(5) == 0 ? "*a" : scalar(random));
                }
                out.append("]\n");
            }
            default -> {
                out.append('\n');
                for (int i = random.nextInt(4); i >= 0; i--) {
                    value(random, out, Texts.oneOf(random, PLAN_KEYS), depth + 1);
                }
            }
        }
    }

    private static String scalar(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> String.valueOf(random.nextInt(300) - 20);
            case 1 -> Texts.oneOf(random, DATES);
            case 2 -> "\"" + Texts.any(random, 4).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
            case 3 -> Texts.any(random, 3).replace("\n", " ");
            default -> "Team " + random.nextInt(5);
        };
    }

    private Path write(String text) {
        try {
            Path file = Files.createTempFile(folder.getRoot().toPath(), "plan", ".yaml");
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
