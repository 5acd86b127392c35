package io.chaosday.cli;

import io.chaosday.files.InputFile;
import io.chaosday.files.UnreadableFileException;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.PlanFile;
import io.chaosday.plan.PlanFileParser;
import io.chaosday.plan.Ticket;
import io.chaosday.plan.Weekdays;
import io.chaosday.plan.WorkingCalendar;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options that describe a Chaos Day, shared by every command that builds a plan. */
public final class PlanOptions {

    @Option(names = "--chaos-day", paramLabel = "YYYY-MM-DD",
            description = "First day of the Chaos Day; must be a working day.")
    String chaosDay;

    @Option(names = "--days", paramLabel = "L", description = "How many working days it lasts, 1 to 5 (default: 1).")
    Integer days;

    @ArgGroup(exclusive = true)
    Teams teams;

    /** The teams, counted or named: one or the other. */
    static final class Teams {

        @Option(names = "--teams", paramLabel = "N", required = true,
                description = "Number of teams taking part, 1 to 100 (named Team 1 to Team N).")
        Integer count;

        @Option(names = "--team", paramLabel = "NAME", required = true,
                description = "A team taking part; repeat for each team.")
        List<String> names = new ArrayList<>();
    }

    @Option(names = "--holiday", paramLabel = "YYYY-MM-DD", description = "A day nobody works; repeat as needed.")
    List<String> holidays = new ArrayList<>();

    @Option(names = "--holidays-file", paramLabel = "FILE",
            description = "Holidays, one YYYY-MM-DD per line ('#' starts a comment).")
    Path holidaysFile;

    @Option(names = "--weekend", paramLabel = "DAYS", split = ",",
            description = "Days of the week nobody works, e.g. SAT,SUN or FRI,SAT (default: SAT,SUN).")
    List<String> weekend;

    @Option(names = "--name", paramLabel = "TEXT", description = "Name of the Chaos Day (default: \"Chaos Day\"; for commands that talk to Jira, "
            + "CHAOSDAY_NAME or 'name:' in the config file first).")
    String name;

    @Option(names = "--plan-file", paramLabel = "FILE",
            description = "YAML plan file with your own numbers and texts; options given here win over it.")
    Path planFile;

    /** The name when neither --name nor the plan file gives one: the environment's or a config file's. */
    Optional<String> defaultName = Optional.empty();

    @Option(names = "--allow-past", description = "Accept a plan whose first tickets are already overdue.")
    boolean allowPast;

    /** Builds the plan the options describe; refuses one that starts in the past unless allowed. */
    public ChaosDayPlan plan(Clock clock) {
        return checkedPlan(clock, definition(Optional.empty(), List.of()));
    }

    /** The plan a definition makes; refuses one that starts in the past unless allowed. */
    public ChaosDayPlan checkedPlan(Clock clock, ChaosDayDefinition definition) {
        ChaosDayPlan plan = withinWritableYears(definition.plan());
        List<Ticket> overdue = plan.dueBefore(LocalDate.now(clock));
        if (!allowPast && !overdue.isEmpty()) {
            throw new UsageException("this plan starts in the past: " + overdue.size() + " of its tickets would be overdue today ("
                    + overdue.stream().limit(5).map(t -> t.identity() + " " + t.due()).collect(Collectors.joining(", "))
                    + (overdue.size() > 5 ? ", ..." : "") + "); choose a later --chaos-day, or pass --allow-past to keep it");
        }
        return plan;
    }

    /** The last year a date can be written as YYYY-MM-DD, as Jira, CSV and iCalendar need. */
    static final int LAST_WRITABLE_YEAR = 9999;

    /** Refuses a plan with a date that Jira's due dates and calendar files cannot hold. */
    static ChaosDayPlan withinWritableYears(ChaosDayPlan plan) {
        plan.tickets().filter(t -> t.due().getYear() > LAST_WRITABLE_YEAR).findFirst().ifPresent(t -> {
            throw new UsageException("this plan runs past the year " + LAST_WRITABLE_YEAR + " (" + t.identity() + " would be due "
                    + t.due() + "), which Jira's due dates and calendar files cannot hold; choose an earlier --chaos-day");
        });
        return plan;
    }

    /** Reads every option and file given, so bad input is reported before anything is sent. */
    public void check() {
        PlanFile file = planFile();
        if (chaosDay != null) {
            date("--chaos-day", chaosDay);
        }
        givenHolidays(file);
        givenWeekend(file);
        teams(file, Optional.empty(), List.of());
    }

    /**
     * The Chaos Day the options describe over the one {@code stored} with it: an option given wins,
     * then the plan file, then what is stored, then the defaults. A stored name always stays (the
     * Chaos Day is found by it); holidays given replace the stored ones; a plan file given replaces
     * the stored schedule and texts. {@code knownTeams} (when not empty) stand in for teams given
     * nowhere, for a Chaos Day that has no definition stored.
     */
    public ChaosDayDefinition definition(Optional<ChaosDayDefinition> stored, List<String> knownTeams) {
        PlanFile file = planFile();
        LocalDate date = chaosDay != null ? date("--chaos-day", chaosDay)
                : file.chaosDay().or(() -> stored.map(ChaosDayDefinition::chaosDay)).orElseThrow(() -> new UsageException(
                        "the Chaos Day's date is missing; give it as --chaos-day YYYY-MM-DD"));
        Set<LocalDate> holidaysGiven = givenHolidays(file);
        SortedSet<LocalDate> allHolidays = holidaysGiven.isEmpty() && stored.isPresent()
                ? stored.get().calendar().holidays() : new TreeSet<>(holidaysGiven);
        Set<DayOfWeek> weekendDays = givenWeekend(file)
                .or(() -> stored.map(d -> d.calendar().weekend()))
                .orElse(WorkingCalendar.SATURDAY_AND_SUNDAY);
        WorkingCalendar calendar = new WorkingCalendar(weekendDays, allHolidays);
        String chosenName = stored.map(ChaosDayDefinition::name)
                .orElseGet(() -> name != null ? name : file.name().or(() -> defaultName).orElse("Chaos Day"));
        int length = days != null ? days : file.days().or(() -> stored.map(ChaosDayDefinition::days)).orElse(1);
        ChaosDaySpec spec = new ChaosDaySpec(chosenName, date, length, teams(file, stored, knownTeams), calendar);
        boolean fromFile = planFile != null || stored.isEmpty();
        return new ChaosDayDefinition(spec.name(), spec.chaosDay(), spec.days(), spec.teams(), spec.calendar(),
                fromFile ? file.policy() : stored.get().policy(), fromFile ? file.texts() : stored.get().texts(),
                stored.map(ChaosDayDefinition::provisional).orElse(false));
    }

    private PlanFile planFile() {
        return planFile == null ? PlanFile.DEFAULTS : PlanFileParser.parse(read(planFile, "--plan-file", PlanFileParser.MAX_BYTES), planFile.toString());
    }

    /** Holidays from the options and the plan file; empty when none were given. */
    private Set<LocalDate> givenHolidays(PlanFile file) {
        Set<LocalDate> given = new TreeSet<>(file.holidays());
        holidays.forEach(h -> given.add(date("--holiday", h)));
        if (holidaysFile != null) {
            given.addAll(holidaysFrom(holidaysFile));
        }
        return given;
    }

    private Optional<Set<DayOfWeek>> givenWeekend(PlanFile file) {
        return weekend != null ? Optional.of(weekendDays(weekend)) : file.weekend();
    }

    private List<String> teams(PlanFile file, Optional<ChaosDayDefinition> stored, List<String> knownTeams) {
        if (teams != null && teams.count != null) {
            return ChaosDaySpec.numberedTeams(teams.count);
        }
        if (teams != null && !teams.names.isEmpty()) {
            return teams.names;
        }
        return file.teams().or(() -> stored.map(ChaosDayDefinition::teams))
                .orElse(knownTeams.isEmpty() ? ChaosDaySpec.numberedTeams(1) : knownTeams);
    }

    static LocalDate date(String option, String text) {
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() > LAST_WRITABLE_YEAR || date.getYear() < 1) {
                throw new UsageException(option + " '" + text + "' is outside the years 1 to " + LAST_WRITABLE_YEAR
                        + "; write it as YYYY-MM-DD, for example 2027-03-10");
            }
            return date;
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException(option + " '" + text + "' is not a date; write it as YYYY-MM-DD, for example 2027-03-10");
        }
    }

    private static Set<DayOfWeek> weekendDays(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            String n = name.strip();
            if (n.isEmpty() || n.equalsIgnoreCase("NONE")) {
                continue;
            }
            DayOfWeek day = Weekdays.parse(n).orElseThrow(() -> new UsageException("--weekend '" + name
                    + "' is not a day of the week; write " + Weekdays.FORMS + ", e.g. SAT,SUN (or NONE for no weekend)"));
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
