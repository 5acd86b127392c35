package io.chaosday.jira.page;

import java.util.List;

/**
 * Everything the Chaos Day page shows, for one project and one reader.
 *
 * @param canEdit      the reader administers the project, so may change the definition and publish
 * @param restBase     the REST resource's address for this project, which the page's script calls
 * @param timelineHtml the command line's HTML timeline page, whole; shown in a sandboxed frame
 * @param missing      how many epics and tickets of the plan are not in Jira (a creation cut short)
 */
public record ChaosDayPage(String projectKey, String projectName, DefinitionView definition, boolean canEdit,
                           String restBase, StatusView status, String timelineHtml, List<ExperimentRow> experiments,
                           List<ReviewRow> reviews, ConfluenceView confluence, int missing) {

    public ChaosDayPage {
        experiments = List.copyOf(experiments);
        reviews = List.copyOf(reviews);
    }

    /** A page of a Chaos Day that holds every planned issue. */
    public ChaosDayPage(String projectKey, String projectName, DefinitionView definition, boolean canEdit, String restBase,
            StatusView status, String timelineHtml, List<ExperimentRow> experiments, List<ReviewRow> reviews,
            ConfluenceView confluence) {
        this(projectKey, projectName, definition, canEdit, restBase, status, timelineHtml, experiments, reviews, confluence, 0);
    }

    /** Whether planned issues are missing, for the page to offer to create them. */
    public boolean hasMissing() {
        return missing > 0;
    }

    public boolean hasExperiments() {
        return !experiments.isEmpty();
    }

    public boolean hasReviews() {
        return !reviews.isEmpty();
    }
}
