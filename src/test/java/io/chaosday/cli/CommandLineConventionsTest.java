package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

public class CommandLineConventionsTest {

    private static CommandLine wholeTree() {
        return ChaosDayCli.commandLine(CliRun.NOV_2026, Map.of(), CliRun.NO_CONNECTIONS);
    }

    private static List<CommandLine> everyCommand(CommandLine command) {
        List<CommandLine> all = new ArrayList<>(List.of(command));
        command.getSubcommands().values().forEach(sub -> all.addAll(everyCommand(sub)));
        return all;
    }

    @Test
    public void everyCommandAnswersVersion() {
        for (CommandLine command : everyCommand(wholeTree())) {
            if (command.getCommandName().equals("help")) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of(command.getCommandSpec().qualifiedName(" ").split(" ")));
            args.remove(0);
            args.add("--version");
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(String.join(" ", args), 0, run.exit());
            assertTrue(String.join(" ", args) + " printed: " + run.out(), run.out().startsWith("chaosday "));
        }
    }

    @Test
    public void everyOptionIsDescribed() {
        for (CommandLine command : everyCommand(wholeTree())) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                assertTrue(command.getCommandSpec().qualifiedName() + " " + option.longestName() + " has no description",
                        option.description().length > 0 && !String.join("", option.description()).isBlank());
            }
        }
    }

    @Test
    public void helpExamplesParseAsTheyArePrintedAndFitTheScreen() {
        int checked = 0;
        for (CommandLine command : everyCommand(wholeTree())) {
            for (String example : examples(command.getCommandSpec())) {
                List<String> words = ShellWords.split(example);
                assertEquals(example, "chaosday", words.get(0));
                CommandLine fresh = wholeTree();
                try {
                    fresh.parseArgs(words.subList(1, words.size()).toArray(String[]::new));
                } catch (CommandLine.ParameterException e) {
                    throw new AssertionError("the example '" + example + "' does not parse: " + e.getMessage(), e);
                }
                checked++;
            }
        }
        assertTrue("examples found: " + checked, checked >= 10);
    }

    /** Example commands in a footer, continuation lines joined; lines that set up the shell are left out. */
    private static List<String> examples(CommandSpec spec) {
        List<String> examples = new ArrayList<>();
        StringBuilder current = null;
        for (String line : spec.usageMessage().footer()) {
            String text = line.strip();
            if (current != null || text.startsWith("chaosday ")) {
                assertTrue(spec.qualifiedName() + ": the example line '" + line + "' wraps on an 80-column screen",
                        line.length() <= 80);
            }
            if (current != null) {
                current.append(' ').append(text.replaceAll("\\\\$", "").strip());
            } else if (text.startsWith("chaosday ") && !text.contains("<(") && !text.contains(">")) {
                current = new StringBuilder(text.replaceAll("\\\\$", "").strip());
            }
            if (current != null && !text.endsWith("\\")) {
                examples.add(current.toString());
                current = null;
            }
        }
        return examples;
    }

    @Test
    public void aMistypedOptionSuggestsTheRightOne() {
        CliRun run = CliRun.of("plan", "--chaos-day", "2027-03-10", "--team-count", "3");
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().startsWith("plan: Unknown options: '--team-count', '3'"));
        assertTrue(run.err(), run.err().contains("Possible solutions: --teams, --team"));
    }

    @Test
    public void aMistypedCommandSuggestsTheRightOne() {
        CliRun run = CliRun.of("stauts");
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().contains("Did you mean: chaosday status"));
    }

    @Test
    public void choicesAreListedInHelp() {
        assertTrue(oneLine(CliRun.of("plan", "--help").out()).contains("One of table, json, csv, ics, html"));
        assertTrue(oneLine(CliRun.of("experiments", "outcome", "--help").out())
                .contains("One of resolved-by-agents, resolved-by-team, in-progress, not-run"));
        CliRun run = CliRun.of("status", "--format", "xml", "--jira", "https://jira.example", "--project", "CHAOS");
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().contains("expected one of [TABLE, JSON, ICS]"));
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    public void teamsAndTeamExcludeEachOther() {
        CliRun run = CliRun.of("plan", "--chaos-day", "2027-03-10", "--teams", "2", "--team", "Search");
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().contains("mutually exclusive"));
        assertTrue(run.err(), run.err().contains("--teams") && run.err().contains("--team="));
    }

    @Test
    public void aRunBuildsOnlyTheCommandItRuns() {
        CommandLine plan = ChaosDayCli.commandLine(CliRun.NOV_2026, Map.of(), CliRun.NO_CONNECTIONS, java.nio.file.Path.of(""),
                new String[] {"plan", "--teams", "1"});
        assertEquals(List.of("plan"), new ArrayList<>(plan.getSubcommands().keySet()));
        CommandLine version = ChaosDayCli.commandLine(CliRun.NOV_2026, Map.of(), CliRun.NO_CONNECTIONS, java.nio.file.Path.of(""),
                new String[] {"--version"});
        assertEquals(List.of(), new ArrayList<>(version.getSubcommands().keySet()));
        CommandLine help = ChaosDayCli.commandLine(CliRun.NOV_2026, Map.of(), CliRun.NO_CONNECTIONS, java.nio.file.Path.of(""),
                new String[] {"--help"});
        assertEquals(List.of("plan", "init", "create", "reschedule", "status", "ready", "experiments", "publish", "completion", "help"),
                new ArrayList<>(help.getSubcommands().keySet()));
    }

    @Test
    public void topLevelHelpListsEveryCommandAndTheExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exit());
        for (String command : List.of("plan", "create", "reschedule", "status", "ready", "experiments", "publish", "completion")) {
            assertTrue(command, run.out().contains("  " + command + " "));
        }
        assertTrue(run.out(), run.out().contains("Exit codes:") && run.out().contains("  3  status --fail-on-overdue"));
        assertFalse(run.out(), run.out().contains("Defaults in effect"));
    }
}
