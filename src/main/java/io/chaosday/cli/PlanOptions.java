package io.chaosday.cli;

import io.chaosday.files.InputFile;
import io.chaosday.files.UnreadableFileException;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.PlanFile;
import io.chaosday.plan.PlanFileParser;
import io.chaosday.plan.Ticket;
import io.chaosday.plan.WorkingCalendar;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The options that describe a Chaos Day, shared by every command that builds a plan. */
public final class PlanOptions {

    @Option(names = "--chaos-day", paramLabel = "YYYY-MM-DD",
            description = "First day of the Chaos Day; must be a working day.")
    String chaosDay;

    @Option(names = "--days", paramLabel = "L", description = "How many working days it lasts, 1 to 5 (default: 1).")
    Integer days;

    @Option(names = "--teams", paramLabel = "N", description = "Number of teams taking part, 1 to 100 (named Team 1 to Team N).")
    Integer teamCount;

    @Option(names = "--team", paramLabel = "NAME", description = "A team taking part; repeat for each team.")
    List<String> teamNames = new ArrayList<>();

    @Option(names = "--holiday", paramLabel = "YYYY-MM-DD", description = "A day nobody works; repeat as needed.")
    List<String> holidays = new ArrayList<>();

    @Option(names = "--holidays-file", paramLabel = "FILE",
            description = "Holidays, one YYYY-MM-DD per line ('#' starts a comment).")
    Path holidaysFile;

    @Option(names = "--weekend", paramLabel = "DAYS", split = ",",
            description = "Days of the week nobody works, e.g. SAT,SUN or FRI,SAT (default: SAT,SUN).")
    List<String> weekend;

    @Option(names = "--name", paramLabel = "TEXT", description = "Name of the Chaos Day (default: \"Chaos Day\").")
    String name;

    @Option(names = "--plan-file", paramLabel = "FILE",
            description = "YAML plan file with your own numbers and texts; options given here win over it.")
    Path planFile;

    @Option(names = "--allow-past", description = "Accept a plan whose first tickets are already overdue.")
    boolean allowPast;

    /** Builds the plan the options describe; refuses one that starts in the past unless allowed. */
    public ChaosDayPlan plan(Clock clock) {
        return plan(clock, List.of());
    }

    /**
     * The plan without the check for a start in the past: for moving a Chaos Day whose early
     * tickets are done and rightly lie in the past. The caller reports what is overdue instead.
     */
    public ChaosDayPlan planAllowingPast(Clock clock, List<String> knownTeams) {
        return build(clock, knownTeams, false);
    }

    /** As {@link #plan(Clock)}; {@code knownTeams} (when not empty) stand in for teams not given as options. */
    public ChaosDayPlan plan(Clock clock, List<String> knownTeams) {
        return build(clock, knownTeams, !allowPast);
    }

    private ChaosDayPlan build(Clock clock, List<String> knownTeams, boolean refusePast) {
        PlanFile file = planFile == null ? PlanFile.DEFAULTS : PlanFileParser.parse(read(planFile, "--plan-file", PlanFileParser.MAX_BYTES), planFile.toString());
        LocalDate date = chaosDay != null ? date("--chaos-day", chaosDay)
                : file.chaosDay().orElseThrow(() -> new UsageException(
                        "the Chaos Day's date is missing; give it as --chaos-day YYYY-MM-DD"));
        Set<LocalDate> allHolidays = new TreeSet<>(file.holidays());
        holidays.forEach(h -> allHolidays.add(date("--holiday", h)));
        if (holidaysFile != null) {
            allHolidays.addAll(holidaysFrom(holidaysFile));
        }
        Set<DayOfWeek> weekendDays = weekend != null ? weekendDays(weekend)
                : file.weekend().orElse(WorkingCalendar.SATURDAY_AND_SUNDAY);
        WorkingCalendar calendar = new WorkingCalendar(weekendDays, new TreeSet<>(allHolidays));
        ChaosDaySpec spec = new ChaosDaySpec(
                name != null ? name : file.name().orElse("Chaos Day"),
                date,
                days != null ? days : file.days().orElse(1),
                teams(file, knownTeams),
                calendar);
        ChaosDayPlan plan = file.scheduler().schedule(spec);
        LocalDate today = LocalDate.now(clock);
        List<Ticket> overdue = plan.dueBefore(today);
        if (refusePast && !overdue.isEmpty()) {
            throw new UsageException("this plan starts in the past: " + overdue.size() + " of its tickets would be overdue today ("
                    + overdue.stream().limit(5).map(t -> t.identity() + " " + t.due()).collect(Collectors.joining(", "))
                    + (overdue.size() > 5 ? ", ..." : "") + "); choose a later --chaos-day, or pass --allow-past to keep it");
        }
        return plan;
    }

    private List<String> teams(PlanFile file, List<String> knownTeams) {
        if (teamCount != null && !teamNames.isEmpty()) {
            throw new UsageException("give either --teams N or --team NAME, not both");
        }
        if (teamCount != null) {
            return ChaosDaySpec.numberedTeams(teamCount);
        }
        if (!teamNames.isEmpty()) {
            return teamNames;
        }
        return file.teams().orElse(knownTeams.isEmpty() ? ChaosDaySpec.numberedTeams(1) : knownTeams);
    }

    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException(option + " '" + text + "' is not a date; write it as YYYY-MM-DD, for example 2027-03-10");
        }
    }

    private static Set<DayOfWeek> weekendDays(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            String n = name.strip().toUpperCase(java.util.Locale.ROOT);
            if (n.isEmpty() || n.equals("NONE")) {
                continue;
            }
            DayOfWeek day = java.util.Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(n) && n.length() >= 2)
                    .findFirst().orElseThrow(() -> new UsageException("--weekend '" + name
                            + "' is not a day of the week; use names such as SAT,SUN (or NONE for no weekend)"));
            days.add(day);
        }
        return days;
    }

    private static List<LocalDate> holidaysFrom(Path file) {
        List<LocalDate> dates = new ArrayList<>();
        String[] lines = read(file, "--holidays-file", MAX_HOLIDAYS_FILE_BYTES).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("#.*", "").strip();
            if (!line.isEmpty()) {
                try {
                    dates.add(LocalDate.parse(line));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new UsageException(file + " line " + (i + 1) + ": '" + line
                            + "' is not a date; write one YYYY-MM-DD per line");
                }
            }
        }
        return dates;
    }

    /** A holiday is one short line; this allows thousands, and a wrong file fails at once. */
    static final int MAX_HOLIDAYS_FILE_BYTES = 64 * 1024;

    /** Reads a file named by {@code option} through {@link InputFile}: size-limited, regular files only. */
    static String read(Path file, String option, int maxBytes) {
        try {
            return InputFile.read(file, option + " " + file, maxBytes);
        } catch (UnreadableFileException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
