package io.chaosday.cli;

import io.chaosday.files.InputFile;
import io.chaosday.files.UnreadableFileException;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.DefinitionLimits;
import io.chaosday.plan.DefinitionUpdate;
import io.chaosday.plan.PlanFile;
import io.chaosday.planfile.PlanFileParser;
import io.chaosday.plan.Weekdays;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "The time zone the day's run log is kept in, e.g. Europe/London; \"\" for this machine's own (the default).")
    String timeZone;

    @Option(names = "--allow-past", description = "Accept a plan whose first tickets are already overdue.")
    boolean allowPast;

    /** Builds the plan the options describe; refuses one that starts in the past unless allowed. */
    public ChaosDayPlan plan(Clock clock) {
        DefinitionUpdate.Outcome outcome = update().apply(Optional.empty(), List.of(), SystemClock.today(clock), past());
        outcome.orElseThrow();
        return ((DefinitionUpdate.Outcome.Accepted) outcome).plan();
    }

    /** A new Chaos Day as the options describe it; refuses one that starts in the past unless allowed. */
    public ChaosDayDefinition newDefinition(Clock clock) {
        return update().apply(Optional.empty(), List.of(), SystemClock.today(clock), past()).orElseThrow();
    }

    /**
     * The Chaos Day {@code stored} changed as the options say, by the engine's rules
     * ({@link DefinitionUpdate}); early tickets of a moved Chaos Day may lie in the past.
     * {@code knownTeams} stand in for teams given nowhere, for a Chaos Day with no definition stored.
     */
    public ChaosDayDefinition changed(Optional<ChaosDayDefinition> stored, List<String> knownTeams, Clock clock) {
        return update().apply(stored, knownTeams, SystemClock.today(clock), DefinitionLimits.Past.ALLOWED).orElseThrow();
    }

    private DefinitionLimits.Past past() {
        return allowPast ? DefinitionLimits.Past.ALLOWED : DefinitionLimits.Past.REFUSED;
    }

    /** Reads every option and file given, so bad input is reported before anything is sent. */
    public void check() {
        update();
    }

    /** What the person typed, read into the engine's terms; a value that cannot be read is bad input. */
    DefinitionUpdate update() {
        Optional<PlanFile> file = planFile == null ? Optional.empty() : Optional.of(planFile());
        Set<LocalDate> givenHolidays = new TreeSet<>();
        holidays.forEach(h -> givenHolidays.add(date("--holiday", h)));
        if (holidaysFile != null) {
            givenHolidays.addAll(holidaysFrom(holidaysFile));
        }
        Optional<List<String>> givenTeams = teams == null ? Optional.empty()
                : teams.count != null ? Optional.of(ChaosDaySpec.numberedTeams(teams.count))
                : teams.names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(teams.names));
        // A name from the environment or a config file yields to the plan file's.
        Optional<String> givenName = Optional.ofNullable(name)
                .or(() -> file.flatMap(PlanFile::name).isPresent() ? Optional.empty() : defaultName);
        return new DefinitionUpdate(givenName, Optional.ofNullable(chaosDay).map(d -> date("--chaos-day", d)),
                Optional.ofNullable(days), givenTeams, givenHolidays.isEmpty() ? Optional.empty() : Optional.of(givenHolidays),
                Optional.ofNullable(weekend).map(PlanOptions::weekendDays), file, Optional.ofNullable(timeZone));
    }

    private PlanFile planFile() {
        return planFile == null ? PlanFile.DEFAULTS : PlanFileParser.parse(read(planFile, "--plan-file", PlanFileParser.MAX_BYTES), planFile.toString());
    }

    static LocalDate date(String option, String text) {
        try {
            LocalDate date = isoDate(text.strip());
            if (!DefinitionLimits.writable(date)) {
                throw new UsageException(option + " '" + text + "' is outside the years 1 to " + DefinitionLimits.LAST_WRITABLE_YEAR
                        + "; write it as YYYY-MM-DD, for example 2027-03-10");
            }
            return date;
        } catch (java.time.DateTimeException e) {
            throw new UsageException(option + " '" + text + "' is not a date; write it as YYYY-MM-DD, for example 2027-03-10");
        }
    }

    /**
     * A date: YYYY-MM-DD read by hand, anything else by {@code LocalDate.parse}, which builds every
     * one of the JDK's ISO formatters first, about 4 ms of a plan run that needs none of them.
     */
    private static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10)) {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        }
        return LocalDate.parse(text);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
                    // A line that does not look like a date at all is not quoted: it may be a token from the wrong file.
                    String shown = line.matches("[0-9 ./:-]{1,20}") ? "'" + line + "'" : "the line";
                    throw new UsageException(file + " line " + (i + 1) + ": " + shown
                            + " is not a date; write one YYYY-MM-DD per line (is it the right file?)");
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
