package io.chaosday.jira.tracker;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.util.ErrorCollection;
import io.chaosday.tracker.TrackerException;
import java.util.ArrayList;
import java.util.List;

/** Jira's validation and results as our one failure: refused, in Jira's own words. */
final class Outcomes {

    private Outcomes() {
    }

    static <R extends IssueService.IssueValidationResult> R check(R result, String what) {
        if (!result.isValid()) {
            throw refused(result.getErrorCollection(), what);
        }
        return result;
    }

    static void check(ErrorCollection errors, String what) {
        if (errors != null && errors.hasAnyErrors()) {
            throw refused(errors, what);
        }
    }

    private static TrackerException refused(ErrorCollection errors, String what) {
        List<String> words = new ArrayList<>(errors.getErrorMessages());
        errors.getErrors().forEach((field, message) -> words.add(field + ": " + message));
        return new TrackerException(TrackerException.Kind.REJECTED, "Jira refused " + what + ": " + String.join("; ", words));
    }
}
