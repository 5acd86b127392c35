package io.chaosday.workflow;

import io.chaosday.review.Experiment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Which fields of an experiment card differ between two versions of it, by the names a facilitator knows. */
final class ExperimentChanges {

    private record Field(String name, Function<Experiment, Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("component", Experiment::component),
            new Field("failure", Experiment::failure),
            new Field("expected impact", Experiment::expectedImpact),
            new Field("expected response", Experiment::expectedResponse),
            new Field("rollback", Experiment::rollback),
            new Field("isolation", Experiment::isolation),
            new Field("environment", Experiment::environment),
            new Field("owner", Experiment::owner),
            new Field("team", Experiment::team));

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
}
