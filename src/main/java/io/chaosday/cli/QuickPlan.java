package io.chaosday.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code chaosday plan} read without picocli. Building picocli's model of even one command costs
 * more than working out a plan, and {@code plan} is the command people run most and in scripts, so
 * its plain uses are read here: each of its own options given once (the repeatable ones as often as
 * wanted), as {@code --option value} or {@code --option=value}, with values that cannot be mistaken
 * for options. Anything else (help, a mistake, an {@code @file}, a value starting with '-') is
 * declined and goes to picocli, which reads and words it as it does every other command.
 * {@code QuickPlanTest} holds the two readings to the same options.
 */
record QuickPlan(PlanOptions options, OutputFormat format, Optional<Path> out) {

    /** The options read here: every option of {@code plan} except help and version. */
    static final Set<String> SINGLE = Set.of("--chaos-day", "--days", "--teams", "--holidays-file", "--name", "--plan-file",
            "--format", "--out");
    static final Set<String> REPEATABLE = Set.of("--team", "--holiday", "--weekend");
    static final String ALLOW_PAST = "--allow-past";

    /** The plan these arguments ask for; empty when picocli should read them. */
    static Optional<QuickPlan> read(String... args) {
        if (args.length == 0 || !args[0].equals("plan")) {
            return Optional.empty();
        }
        Map<String, List<String>> given = new HashMap<>();
        boolean allowPast = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (name.equals(ALLOW_PAST) && equals < 0 && !allowPast) {
                allowPast = true;
                continue;
            }
            boolean single = SINGLE.contains(name);
            if (!single && !REPEATABLE.contains(name)) {
                return Optional.empty();
            }
            if (equals < 0 && i + 1 == args.length) {
                return Optional.empty();
            }
            String value = equals < 0 ? args[++i] : arg.substring(equals + 1);
            List<String> values = given.computeIfAbsent(name, n -> new ArrayList<>());
            if (!plain(value) || single && !values.isEmpty()) {
                return Optional.empty();
            }
            values.add(value);
        }
        return options(given, allowPast);
    }

    private static Optional<QuickPlan> options(Map<String, List<String>> given, boolean allowPast) {
        if (given.containsKey("--teams") && given.containsKey("--team") || !convertible(given)) {
            return Optional.empty();
        }
        PlanOptions options = new PlanOptions();
        options.allowPast = allowPast;
        options.chaosDay = one(given, "--chaos-day");
        options.name = one(given, "--name");
        options.holidays = given.getOrDefault("--holiday", new ArrayList<>());
        if (given.containsKey("--teams") || given.containsKey("--team")) {
            options.teams = new PlanOptions.Teams();
            options.teams.count = number(one(given, "--teams"));
            options.teams.names = given.getOrDefault("--team", new ArrayList<>());
        }
        if (given.containsKey("--weekend")) {
            options.weekend = new ArrayList<>();
            given.get("--weekend").forEach(days -> options.weekend.addAll(Arrays.asList(days.split(","))));
        }
        options.days = number(one(given, "--days"));
        options.holidaysFile = path(one(given, "--holidays-file"));
        options.planFile = path(one(given, "--plan-file"));
        OutputFormat format = Optional.ofNullable(one(given, "--format")).flatMap(QuickPlan::format).orElse(OutputFormat.TABLE);
        return Optional.of(new QuickPlan(options, format, Optional.ofNullable(path(one(given, "--out")))));
    }

    /**
     * Whether every value converts as picocli would convert it: counts in plain digits, a known
     * format, valid paths, weekends without empty days. picocli words the refusals.
     */
    private static boolean convertible(Map<String, List<String>> given) {
        return digitsOrAbsent(one(given, "--days")) && digitsOrAbsent(one(given, "--teams"))
                && Optional.ofNullable(one(given, "--format")).map(f -> format(f).isPresent()).orElse(true)
                && Set.of("--holidays-file", "--plan-file", "--out").stream().allMatch(o -> pathOrAbsent(one(given, o)))
                && given.getOrDefault("--weekend", List.of()).stream()
                        .noneMatch(days -> days.startsWith(",") || days.endsWith(",") || days.contains(",,"));
    }

    /** Runs the plan as picocli would have: same output, same one-line failure, same exit status. */
    int run(Clock clock, PrintWriter stdout, PrintWriter stderr) {
        try {
            return PlanRun.run(options, format, out, clock, stdout);
        } catch (RuntimeException failure) {
            stderr.println(Failures.line("plan", failure));
            return Failures.exitCode(failure);
        }
    }

    /** A value picocli takes as it is: not empty, not an option or an @file, no quotes for it to strip or split on. */
    private static boolean plain(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@")
                && value.indexOf('"') < 0 && value.indexOf('\'') < 0;
    }

    private static String one(Map<String, List<String>> given, String name) {
        List<String> values = given.get(name);
        return values == null ? null : values.get(0);
    }

    private static boolean digitsOrAbsent(String text) {
        return text == null || text.matches("[0-9]{1,9}");
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static boolean pathOrAbsent(String text) {
        try {
            return text == null || Path.of(text) != null;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static Path path(String text) {
        return text == null ? null : Path.of(text);
    }

    private static Optional<OutputFormat> format(String text) {
        return Arrays.stream(OutputFormat.values()).filter(f -> f.name().equalsIgnoreCase(text)).findFirst();
    }
}
