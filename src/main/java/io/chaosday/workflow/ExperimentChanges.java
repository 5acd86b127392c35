package io.chaosday.workflow;

import io.chaosday.review.Experiment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which fields of an experiment card differ between two versions of it, by the names a facilitator
 * knows; under which heading of the ticket's description each field shows; and which keys of the
 * card's property hold it.
 */
final class ExperimentChanges {

    private record Field(String name, Function<Experiment, Object> value, String heading, List<String> keys) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("component", Experiment::component, ExperimentCard.RUNNING_IT, List.of("component")),
            new Field("failure", Experiment::failure, ExperimentCard.FAILURE_INVOKED,
                    List.of("failureWhat", "failureWhere", "failureHow")),
            new Field("expected impact", Experiment::expectedImpact, ExperimentCard.EXPECTED_IMPACT,
                    List.of("impactTechnical", "impactBusiness")),
            new Field("expected response", Experiment::expectedResponse, ExperimentCard.EXPECTED_RESPONSE,
                    List.of("expectedResponse")),
            new Field("rollback", Experiment::rollback, ExperimentCard.ROLLBACK, List.of("rollback")),
            new Field("restore", Experiment::restore, ExperimentCard.RESTORE, List.of("restore")),
            new Field("isolation", Experiment::isolation, ExperimentCard.RUNNING_IT, List.of("isolation")),
            new Field("environment", Experiment::environment, ExperimentCard.RUNNING_IT, List.of("environment")),
            new Field("owner", Experiment::owner, ExperimentCard.RUNNING_IT, List.of("owner")),
            new Field("team", Experiment::team, ExperimentCard.RUNNING_IT, List.of("team")));

    private ExperimentChanges() {
    }

    /** The names of the fields whose value differs, in card order. */
    static List<String> between(Experiment before, Experiment after) {
        List<String> changed = new ArrayList<>();
        for (Field field : FIELDS) {
            if (!Objects.equals(field.value().apply(before), field.value().apply(after))) {
                changed.add(field.name());
            }
        }
        return changed;
    }

    /** Every field: what a card with no record of our last write could differ in. */
    static List<String> all() {
        return FIELDS.stream().map(Field::name).toList();
    }

    /** The heading of the description under which the named field shows. */
    static String headingOf(String name) {
        return field(name).heading();
    }

    /** The card's property for {@code card}, with the named fields as {@code kept} has them: what the ticket now says. */
    static Map<String, String> property(Experiment card, Experiment kept, List<String> keptFields) {
        Map<String, String> property = new LinkedHashMap<>(ExperimentCard.toProperty(card));
        Map<String, String> old = ExperimentCard.toProperty(kept);
        keptFields.forEach(name -> field(name).keys().forEach(key -> {
            // A part the kept card never had (a restore note on an older card) stays left out.
            if (old.containsKey(key)) {
                property.put(key, old.get(key));
            } else {
                property.remove(key);
            }
        }));
        return property;
    }

    /** Every key of the card's property that some field holds. */
    static List<String> keys() {
        return FIELDS.stream().flatMap(f -> f.keys().stream()).toList();
    }

    private static Field field(String name) {
        return FIELDS.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no card field " + name));
    }
}
