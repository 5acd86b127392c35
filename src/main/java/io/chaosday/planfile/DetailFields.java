package io.chaosday.planfile;

import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.SchedulePolicy;
import io.chaosday.plan.Weekdays;
import io.chaosday.planfile.YamlNodes.Field;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a plan file's details of the Chaos Day itself: name, date, length, teams and calendar. */
final class DetailFields {

    private DetailFields() {
    }

    static String name(YamlNodes nodes, Field field) {
        String name = nodes.text(field.value(), "name").strip();
        if (name.isEmpty()) {
            throw nodes.error(field.value(), "name must not be blank; write a name or leave the key out");
        }
        return name;
    }

    static LocalDate date(YamlNodes nodes, Node node, String what) {
        String text = nodes.text(node, what).strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw nodes.error(node, what + " " + YamlNodes.quote(text) + " is not a date; write it as YYYY-MM-DD");
        }
    }

    static int days(YamlNodes nodes, Field field, SchedulePolicy policy) {
        int days = nodes.workingDays(field, 1);
        if (days > policy.maxDays()) {
            throw nodes.error(field.value(), "'days' must be at most " + policy.maxDays()
                    + " working days (schedule.maxDays), not " + days);
        }
        return days;
    }

    static List<String> teams(YamlNodes nodes, Field field) {
        String rule = "teams must be a list of names or a number from 1 to " + ChaosDaySpec.MAX_TEAMS;
        if (field.value() instanceof ScalarNode scalar) {
            Long count = YamlNodes.wholeNumber(scalar.getValue());
            if (count == null || count < 1 || count > ChaosDaySpec.MAX_TEAMS) {
                throw nodes.error(scalar, rule + ", not " + YamlNodes.kind(scalar));
            }
            return ChaosDaySpec.numberedTeams(count.intValue());
        }
        if (!(field.value() instanceof SequenceNode list)) {
            throw nodes.error(field.key(), rule + ", not " + YamlNodes.kind(field.value()));
        }
        if (list.getValue().isEmpty()) {
            throw nodes.error(list, rule + ", not an empty list");
        }
        if (list.getValue().size() > ChaosDaySpec.MAX_TEAMS) {
            throw nodes.error(list, "teams lists " + list.getValue().size() + " names, but at most "
                    + ChaosDaySpec.MAX_TEAMS + " teams take part in one Chaos Day; split them into several");
        }
        List<String> names = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        for (Node item : list.getValue()) {
            String name = nodes.text(item, "each team").strip();
            if (name.isEmpty()) {
                throw nodes.error(item, "a team name is blank; give every team a name");
            }
            Node earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), item);
            if (earlier != null) {
                throw nodes.error(item, "the team " + YamlNodes.quote(name) + " is named twice (also on line "
                        + YamlNodes.line(earlier) + "); give each team once");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    static Set<DayOfWeek> weekend(YamlNodes nodes, Field field) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Node item : nodes.list(field, "days such as [SATURDAY, SUNDAY] or [SAT, SUN]")) {
            String text = nodes.text(item, "each weekend day").strip();
            DayOfWeek day = Weekdays.parse(text).orElseThrow(() -> nodes.error(item, YamlNodes.quote(text)
                    + " is not a day of the week; write " + Weekdays.FORMS));
            days.add(day);
        }
        if (days.size() == DayOfWeek.values().length) {
            throw nodes.error(field.key(), "the weekend covers all seven days, so no day is a working day;"
                    + " give at most six weekend days");
        }
        return Collections.unmodifiableSet(days);
    }

    static List<LocalDate> holidays(YamlNodes nodes, Field field) {
        List<LocalDate> dates = new ArrayList<>();
        for (Node item : nodes.list(field, "dates such as [2027-03-01, 2027-04-02]")) {
            dates.add(date(nodes, item, "holiday"));
        }
        return List.copyOf(dates);
    }
}
