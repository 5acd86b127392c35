package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import picocli.CommandLine;

/** {@code plan} read without picocli must mean what picocli reads, or be left to picocli. */
public class QuickPlanTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void everyOptionOfPlanIsReadHereExceptHelpAndVersion() {
        CommandLine plan = ChaosDayCli.commandLine(CliRun.NOV_2026, Map.of(), CliRun.NO_CONNECTIONS, Path.of(""),
                new String[] {"plan"}).getSubcommands().get("plan");
        Set<String> single = new HashSet<>();
        Set<String> repeatable = new HashSet<>();
        Set<String> flags = new HashSet<>();
        for (CommandLine.Model.OptionSpec option : plan.getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            (option.arity().max() == 0 ? flags : option.isMultiValue() ? repeatable : single).add(option.longestName());
        }
        assertEquals(single, QuickPlan.SINGLE);
        assertEquals(repeatable, QuickPlan.REPEATABLE);
        assertEquals(Set.of(QuickPlan.ALLOW_PAST), flags);
    }

    @Test
    public void whateverIsReadHereIsReadTheSameByPicocli() throws Exception {
        List<String> options = List.of("--chaos-day", "--days", "--teams", "--team", "--holiday", "--holidays-file", "--weekend",
                "--name", "--plan-file", "--allow-past", "--format", "--out", "--help", "-h", "--version", "-V", "--tems", "--",
                "-x");
        List<String> values = List.of("2027-03-10", "2027-3-10", "1", "3", "010", "0", "-1", "100", "abc", "", "Payments",
                "Team A", "SAT,SUN", "FRI,SAT", "SAT,,SUN", "SAT,", "json", "HTML", "Table", "xml", "plan/", "out dir", "@args",
                "a=b", "\"quoted\"", "it's", "x y", "1e3", "99999999999", "+5", "0x10", " 7", "Ünïcødé");
        Random random = new Random(20261130);
        int read = 0;
        int declined = 0;
        for (int run = 0; run < 20_000; run++) {
            List<String> args = new ArrayList<>(List.of("plan"));
            int words = random.nextInt(8);
            for (int w = 0; w < words; w++) {
                String option = options.get(random.nextInt(options.size()));
                String value = values.get(random.nextInt(values.size()));
                switch (random.nextInt(4)) {
                    case 0 -> args.add(option + "=" + value);
                    case 1 -> args.add(value);
                    default -> args.add(option);
                }
            }
            String[] given = args.toArray(String[]::new);
            var quick = QuickPlan.read(given);
            if (quick.isEmpty()) {
                declined++;
                continue;
            }
            read++;
            PlanCommand picocli = parsedByPicocli(given);
            assertEquals(args.toString(), values(picocli.options), values(quick.get().options()));
            assertEquals(args.toString(), picocli.format, quick.get().format());
            assertEquals(args.toString(), java.util.Optional.ofNullable(picocli.out), quick.get().out());
        }
        assertTrue("plain uses read here: " + read, read > 2_000);
        assertTrue("uses left to picocli: " + declined, declined > 2_000);
    }

    @Test
    public void helpMistakesAndUnusualFormsAreLeftToPicocli() {
        List<List<String>> left = List.of(
                List.of("plan", "--help"),
                List.of("plan", "--version"),
                List.of("plan", "--teams", "1", "--teams", "2"),
                List.of("plan", "--teams", "1", "--team", "Payments"),
                List.of("plan", "--teams", "four"),
                List.of("plan", "--teams", "0x10"),
                List.of("plan", "--format", "xml"),
                List.of("plan", "--chaos-day"),
                List.of("plan", "--chaos-day="),
                List.of("plan", "--name", "-x"),
                List.of("plan", "--allow-past=true"),
                List.of("plan", "--allow-past", "--allow-past"),
                List.of("plan", "@arguments.txt"),
                List.of("plan", "--name", "@arguments.txt"),
                List.of("plan", "--weekend", "SAT,"),
                List.of("plan", "--", "--teams", "1"),
                List.of("plan", "extra"),
                List.of("plan", "--tems", "1"),
                List.of("status", "--teams", "1"),
                List.of());
        for (List<String> args : left) {
            assertTrue(args.toString(), QuickPlan.read(args.toArray(String[]::new)).isEmpty());
        }
    }

    @Test
    public void plainPlansPrintAndFailExactlyAsThroughPicocli() throws Exception {
        Path holidays = folder.newFile("holidays.txt").toPath();
        Files.writeString(holidays, "2027-03-01\n# spring break\n2027-03-02\n");
        Path notAFolder = folder.newFile("taken").toPath();
        List<List<String>> runs = List.of(
                List.of("plan", "--chaos-day", "2027-03-10", "--teams", "4"),
                List.of("plan", "--chaos-day=2027-03-10", "--team", "Payments", "--team=Search", "--holiday", "2027-03-01",
                        "--format", "json"),
                List.of("plan", "--chaos-day", "2027-03-10", "--days", "2", "--format", "CSV", "--name", "Spring Chaos"),
                List.of("plan", "--chaos-day", "2027-03-10", "--format", "ics", "--holidays-file", holidays.toString()),
                List.of("plan", "--chaos-day", "2027-03-11", "--format", "html", "--weekend", "FRI,SAT", "--weekend", "sun"),
                List.of("plan", "--chaos-day", "2026-11-27", "--teams", "3"),
                List.of("plan", "--chaos-day", "2026-11-27", "--teams", "3", "--allow-past"),
                List.of("plan", "--chaos-day", "2027-03-10", "--teams", "0"),
                List.of("plan", "--chaos-day", "2027-03-10", "--teams", "101"),
                List.of("plan", "--chaos-day", "2027-02-30"),
                List.of("plan", "--teams", "2"),
                List.of("plan", "--chaos-day", "2027-03-13"),
                List.of("plan", "--chaos-day", "2027-03-10", "--weekend", "FUNDAY"),
                List.of("plan", "--chaos-day", "2027-03-10", "--holidays-file", folder.getRoot() + "/missing.txt"),
                List.of("plan", "--chaos-day", "2027-03-10", "--plan-file", holidays.toString()),
                List.of("plan", "--chaos-day", "2027-03-10", "--out", notAFolder.toString()));
        Set<Integer> exits = new HashSet<>();
        for (List<String> run : runs) {
            String[] args = run.toArray(String[]::new);
            assertTrue("read without picocli: " + run, QuickPlan.read(args).isPresent());
            CliRun quick = CliRun.of(args);
            CliRun picocli = CliRun.throughPicocli(CliRun.NOV_2026, args);
            assertEquals(run.toString(), picocli, quick);
            exits.add(quick.exit());
        }
        assertEquals("successes, bad input and failed work are all compared", Set.of(0, 1, 2), exits);
    }

    @Test
    public void filesWrittenWithOutAreTheSameAsThroughPicocli() throws Exception {
        Path quickDir = folder.getRoot().toPath().resolve("quick");
        Path picocliDir = folder.getRoot().toPath().resolve("picocli");
        CliRun quick = CliRun.of("plan", "--chaos-day", "2027-03-10", "--teams", "2", "--out", quickDir.toString());
        CliRun picocli = CliRun.throughPicocli(CliRun.NOV_2026, "plan", "--chaos-day", "2027-03-10", "--teams", "2", "--out",
                picocliDir.toString());
        assertEquals(0, quick.exit());
        assertEquals(picocli.out(), quick.out().replace(quickDir.toString(), picocliDir.toString()));
        List<String> names = Arrays.stream(OutputFormat.values()).map(OutputFormat::fileName).toList();
        for (String name : names) {
            assertEquals(name, Files.readString(picocliDir.resolve(name)), Files.readString(quickDir.resolve(name)));
        }
        try (Stream<Path> files = Files.list(quickDir)) {
            assertEquals(Set.copyOf(names), files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    @Test
    public void versionAloneIsPrintedWithoutPicocliAsPicocliPrintsIt() {
        for (String option : List.of("--version", "-V")) {
            CliRun quick = CliRun.of(option);
            assertEquals(CliRun.throughPicocli(CliRun.NOV_2026, option), quick);
            assertTrue(quick.out(), quick.out().startsWith("chaosday "));
        }
    }

    private static PlanCommand parsedByPicocli(String[] args) {
        CommandLine cli = ChaosDayCli.commandLine(CliRun.NOV_2026, Map.of(), CliRun.NO_CONNECTIONS, Path.of(""), args);
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        return (PlanCommand) parsed.subcommand().commandSpec().userObject();
    }

    /** Every field of the options, the group of teams opened up, in declaration order. */
    private static List<Object> values(PlanOptions options) throws IllegalAccessException {
        List<Object> values = new ArrayList<>();
        for (Field field : PlanOptions.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Object value = field.get(options);
            if (value instanceof PlanOptions.Teams teams) {
                values.add(List.of("teams", String.valueOf(teams.count), teams.names));
            } else {
                values.add(field.getName() + "=" + value);
            }
        }
        return values;
    }
}
