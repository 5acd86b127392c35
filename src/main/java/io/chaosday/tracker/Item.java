package io.chaosday.tracker;

import io.chaosday.plan.Phase;
import io.chaosday.plan.Step;
import java.util.Optional;

/**
 * Which part of a Chaos Day an issue is. Stored as its {@link #key()} ("epic/plan",
 * "kickoff/Team 1", "experiment/cache-loss") and read back with {@link #parse}, which gives
 * every key back exactly, including ones a later release writes.
 */
public sealed interface Item {

    /** The stored form. */
    String key();

    /** The phase the item belongs to; empty for an item this release does not know. */
    Optional<Phase> phase();

    /** A phase epic. */
    record PhaseEpic(Phase of) implements Item {
        public String key() {
            return "epic/" + of.key();
        }

        public Optional<Phase> phase() {
            return Optional.of(of);
        }
    }

    /** A planned step's ticket; per-team steps name their team. */
    record StepTicket(Step step, Optional<String> team) implements Item {
        public StepTicket(Step step) {
            this(step, Optional.empty());
        }

        public String key() {
            return step.key() + team.map(t -> "/" + t).orElse("");
        }

        public Optional<Phase> phase() {
            return Optional.of(step.phase());
        }

        /** A team's own review ticket, the single-team review, or the team-of-teams review. */
        public boolean isReview() {
            return step == Step.REVIEW || step == Step.TEAM_OF_TEAMS;
        }
    }

    /** An experiment, by its title's slug. */
    record ExperimentTicket(String slug) implements Item {
        public String key() {
            return "experiment/" + slug;
        }

        public Optional<Phase> phase() {
            return Optional.of(Phase.EXECUTE);
        }
    }

    /** An improvement idea of a review, by the review's item and the idea's slug. */
    record ImprovementTicket(StepTicket review, String slug) implements Item {
        public String key() {
            return "improvement/" + review.key() + "/" + slug;
        }

        public Optional<Phase> phase() {
            return Optional.of(Phase.REVIEW);
        }
    }

    /** An item this release does not know, kept as it was stored. */
    record Unknown(String key) implements Item {
        public Optional<Phase> phase() {
            return Optional.empty();
        }
    }

    /** The item a stored key names. */
    static Item parse(String key) {
        int slash = key.indexOf('/');
        String head = slash < 0 ? key : key.substring(0, slash);
        String rest = slash < 0 ? "" : key.substring(slash + 1);
        switch (head) {
            case "epic":
                return Phase.fromKey(rest).<Item>map(PhaseEpic::new).orElse(new Unknown(key));
            case "experiment":
                return rest.isEmpty() ? new Unknown(key) : new ExperimentTicket(rest);
            case "improvement": {
                int last = rest.lastIndexOf('/');
                if (last > 0 && parse(rest.substring(0, last)) instanceof StepTicket review && review.isReview()) {
                    return new ImprovementTicket(review, rest.substring(last + 1));
                }
                return new Unknown(key);
            }
            default:
                return Step.fromKey(head)
                        .<Item>map(step -> new StepTicket(step, slash < 0 ? Optional.empty() : Optional.of(rest)))
                        .orElse(new Unknown(key));
        }
    }
}
