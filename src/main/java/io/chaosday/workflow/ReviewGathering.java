package io.chaosday.workflow;

import io.chaosday.review.Experiment;
import io.chaosday.review.ReviewSections;
import io.chaosday.review.ReviewTemplate;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.runlog.ReviewRuns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The first step of publishing: read every review ticket of a Chaos Day. Reads only. */
final class ReviewGathering {

    /** The Chaos Day's reviews, in the order of their tickets. */
    record Gathered(String chaosDayName, LocalDate chaosDay, List<GatheredReview> reviews) {
        Gathered {
            reviews = List.copyOf(reviews);
        }
    }

    private ReviewGathering() {
    }

    static Gathered gather(IssueTracker tracker, String projectKey, ChaosDayIssues found, String chaosDayName, LocalDate today) {
        List<ReviewTickets.ReviewTicket> tickets = ReviewTickets.of(found);
        if (tickets.isEmpty()) {
            throw new WorkflowException(new WorkflowFailure.NoReviewTickets(projectKey));
        }
        LocalDate chaosDay = found.find(new IssueIdentity(found.id(), new io.chaosday.tracker.Item.StepTicket(io.chaosday.plan.Step.CHAOS_DAY))).flatMap(TrackedIssue::due).orElse(today);
        List<Experiment> experiments = ChaosDayExperiments.list(found);
        Map<String, io.chaosday.review.ExperimentRun> runs = ReviewRuns.read(tracker, found.experiments());
        List<GatheredReview> reviews = new ArrayList<>();
        for (ReviewTickets.ReviewTicket ticket : tickets) {
            reviews.add(review(tracker, ticket, experiments, found.definition().map(d -> d.teams()).orElse(List.of()), runs));
        }
        return new Gathered(chaosDayName, chaosDay, reviews);
    }

    private static GatheredReview review(IssueTracker tracker, ReviewTickets.ReviewTicket ticket, List<Experiment> all,
            List<String> teams, Map<String, io.chaosday.review.ExperimentRun> runs) {
        // Read with the search where the finder asked for it; one read of the ticket otherwise.
        Map<String, IssueDescription> split = ticket.issue().description().or(() -> tracker.description(ticket.issue().key()))
                .map(DescriptionSections::split).orElse(Map.of());
        Map<String, IssueDescription> written = new LinkedHashMap<>();
        List<String> participants = List.of();
        for (Map.Entry<String, IssueDescription> section : split.entrySet()) {
            String lines = DescriptionSections.lines(section.getValue());
            if (section.getKey().equals(ReviewSections.PREAMBLE)) {
                participants = participants(lines);
            } else if (!ReviewSections.isTemplateText(section.getKey(), lines)) {
                written.put(section.getKey(), section.getValue());
            }
        }
        ImprovementIdeas.Read ideas = Optional.ofNullable(written.get(ReviewTemplate.IMPROVEMENTS))
                .map(s -> ImprovementIdeas.read(DescriptionSections.lines(s)))
                .orElse(new ImprovementIdeas.Read(List.of(), List.of()));
        IssueDescription improvements = written.get(ReviewTemplate.IMPROVEMENTS);
        if (improvements != null && improvements.markup() == SourceMarkup.WIKI) {
            // The ideas show as a table of their own; the section keeps only what else was written.
            String rest = ImprovementIdeas.withoutBullets(improvements.body());
            if (rest.isEmpty()) {
                written.remove(ReviewTemplate.IMPROVEMENTS);
            } else {
                written.put(ReviewTemplate.IMPROVEMENTS, new IssueDescription(SourceMarkup.WIKI, rest));
            }
        }
        List<Experiment> experiments = all.stream()
                .filter(e -> ticket.teamOfTeams() || ticket.team().isEmpty() || ticket.team().get().equalsIgnoreCase(e.team()))
                .toList();
        Optional<String> team = ticket.team();
        if (team.isEmpty() && !ticket.teamOfTeams()) {
            // A single team's ticket names no team: the stored definition does, or else its experiments.
            List<String> named = teams.size() == 1 ? teams
                    : experiments.stream().map(Experiment::team).filter(t -> !t.isBlank()).distinct().toList();
            team = named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        }
        List<io.chaosday.review.ExperimentRun> theirs = experiments.stream()
                .map(e -> e.key().map(k -> runs.get(k.value())).orElse(null)).filter(java.util.Objects::nonNull).toList();
        return new GatheredReview(ticket, team, written, participants, bullets(written.get(ReviewTemplate.LEARNT)), ideas,
                experiments, theirs);
    }

    private static List<String> participants(String preamble) {
        for (String line : preamble.split("\\R")) {
            String l = line.strip();
            if (l.toLowerCase(Locale.ROOT).startsWith("participants:")) {
                return Arrays.stream(l.substring("participants:".length()).split("[,;]"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
            }
        }
        return List.of();
    }

    /** The bullet points of a section, as short lessons for the roll-up. */
    private static List<String> bullets(IssueDescription section) {
        if (section == null) {
            return List.of();
        }
        return Arrays.stream(DescriptionSections.lines(section).split("\\R"))
                .map(String::strip)
                .filter(l -> l.matches("^[*#-]+\\s+.*"))
                .map(l -> l.replaceFirst("^[*#-]+\\s+", ""))
                .limit(5)
                .toList();
    }
}
