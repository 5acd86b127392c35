package io.chaosday.plan;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a person asks of a Chaos Day's definition, as typed: every value is optional. The same rules
 * merge it wherever it is typed (command line or the plugin's page): a value given wins, then the
 * plan file, then what is stored, then the defaults. A stored Chaos Day keeps its name (it is found
 * by it; a name given only names a new one); holidays given replace the stored ones; a plan file
 * replaces the stored schedule and texts; any change confirms a provisional Chaos Day.
 *
 * @param planFile a plan file given with the change; its values count as given, below the others
 * @param timeZone the zone the day's run log is kept in, as typed (an IANA name such as Europe/London);
 *                 given blank, the Chaos Day goes back to the machine's (or Jira's) own; not given, it keeps the stored one
 */
public record DefinitionUpdate(Optional<String> name, Optional<LocalDate> chaosDay, Optional<Integer> days,
        Optional<List<String>> teams, Optional<Set<LocalDate>> holidays, Optional<Set<DayOfWeek>> weekend,
        Optional<PlanFile> planFile, Optional<String> timeZone) {

    /** A change that leaves the time zone as it is. */
    public DefinitionUpdate(Optional<String> name, Optional<LocalDate> chaosDay, Optional<Integer> days,
            Optional<List<String>> teams, Optional<Set<LocalDate>> holidays, Optional<Set<DayOfWeek>> weekend,
            Optional<PlanFile> planFile) {
        this(name, chaosDay, days, teams, holidays, weekend, planFile, Optional.empty());
    }

    /** The name of a Chaos Day given none. */
    public static final String DEFAULT_NAME = "Chaos Day";

    /** Asks for nothing: what is stored stays as it is. */
    public static final DefinitionUpdate NOTHING = new DefinitionUpdate(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public DefinitionUpdate {
        teams = teams.map(List::copyOf);
        holidays = holidays.map(TreeSet::new).map(java.util.Collections::unmodifiableSortedSet);
        weekend = weekend.map(Set::copyOf);
    }

    /** The change merged into the Chaos Day, or what makes it no Chaos Day at all. */
    public sealed interface Outcome {

        /** The definition to keep and the plan it makes. */
        record Accepted(ChaosDayDefinition definition, ChaosDayPlan plan) implements Outcome {
        }

        /** Why the change makes no plan, for the host to word. */
        record Refused(PlanProblem problem) implements Outcome {
        }

        /** The accepted definition; a refusal as the engine's failure. */
        default ChaosDayDefinition orElseThrow() {
            if (this instanceof Refused refused) {
                throw new InvalidPlanException(refused.problem());
            }
            return ((Accepted) this).definition();
        }
    }

    /** Whether the person gave nothing at all to change. */
    public boolean changesNothing() {
        return equals(NOTHING);
    }

    /**
     * The Chaos Day this change makes of the one {@code stored} (empty for a new one), checked
     * against the {@link DefinitionLimits} on {@code today}. {@code knownTeams} (when not empty)
     * stand in for teams given nowhere, for a Chaos Day that has no definition stored.
     */
    public Outcome apply(Optional<ChaosDayDefinition> stored, List<String> knownTeams, LocalDate today,
            DefinitionLimits.Past past) {
        PlanFile file = planFile.orElse(PlanFile.DEFAULTS);
        Optional<LocalDate> date = chaosDay.or(file::chaosDay).or(() -> stored.map(ChaosDayDefinition::chaosDay));
        if (date.isEmpty()) {
            return new Outcome.Refused(new PlanProblem.MissingDate());
        }
        String chosenName = stored.map(ChaosDayDefinition::name)
                .orElseGet(() -> name.or(file::name).orElse(DEFAULT_NAME));
        int length = days.or(file::days).or(() -> stored.map(ChaosDayDefinition::days)).orElse(1);
        List<String> chosenTeams = teams.or(file::teams).or(() -> stored.map(ChaosDayDefinition::teams))
                .orElse(knownTeams.isEmpty() ? ChaosDaySpec.numberedTeams(1) : knownTeams);
        Set<DayOfWeek> weekendDays = weekend.or(file::weekend).or(() -> stored.map(d -> d.calendar().weekend()))
                .orElse(WorkingCalendar.SATURDAY_AND_SUNDAY);
        WorkingCalendar calendar = new WorkingCalendar(weekendDays, chosenHolidays(file, stored));
        Optional<ZoneId> zone;
        if (timeZone.isPresent()) {
            Optional<Optional<ZoneId>> read = zone(timeZone.get());
            if (read.isEmpty()) {
                return new Outcome.Refused(new PlanProblem.UnknownTimeZone(timeZone.get().strip()));
            }
            zone = read.get();
        } else {
            zone = stored.flatMap(ChaosDayDefinition::timeZone);
        }
        boolean fromFile = planFile.isPresent() || stored.isEmpty();
        ChaosDayDefinition definition;
        ChaosDayPlan plan;
        try {
            definition = new ChaosDayDefinition(chosenName, date.get(), length, chosenTeams, calendar,
                    fromFile ? file.policy() : stored.get().policy(), fromFile ? file.texts() : stored.get().texts(),
                    stored.map(ChaosDayDefinition::provisional).orElse(false) && changesNothing(), zone);
            plan = definition.plan();
        } catch (InvalidPlanException invalid) {
            return new Outcome.Refused(invalid.problem());
        }
        return DefinitionLimits.check(plan, today, past).<Outcome>map(Outcome.Refused::new)
                .orElseGet(() -> new Outcome.Accepted(definition, plan));
    }

    /** A typed zone: empty inside for none (blank), empty outside when Java knows no such zone. */
    private static Optional<Optional<ZoneId>> zone(String typed) {
        if (typed.isBlank()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(ZoneId.of(typed.strip())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Holidays given here and in the plan file together; when neither gives any, the stored ones. */
    private SortedSet<LocalDate> chosenHolidays(PlanFile file, Optional<ChaosDayDefinition> stored) {
        if (holidays.isEmpty() && file.holidays().isEmpty()) {
            return stored.map(d -> d.calendar().holidays()).orElseGet(TreeSet::new);
        }
        TreeSet<LocalDate> given = new TreeSet<>(file.holidays());
        holidays.ifPresent(given::addAll);
        return given;
    }
}
