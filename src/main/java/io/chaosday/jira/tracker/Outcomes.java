package io.chaosday.jira.tracker;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.util.ErrorCollection;
import io.chaosday.tracker.TrackerException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        return new TrackerException(kind(errors.getReasons()), "Jira refused " + what + ": " + String.join("; ", words));
    }

    /** The engine's kind for Jira's reasons, the most telling first, as Jira's REST layer picks its status code. */
    static TrackerException.Kind kind(Set<ErrorCollection.Reason> reasons) {
        if (reasons == null) {
            return TrackerException.Kind.REJECTED;
        }
        if (reasons.contains(ErrorCollection.Reason.NOT_LOGGED_IN)) {
            return TrackerException.Kind.UNAUTHORISED;
        }
        if (reasons.contains(ErrorCollection.Reason.FORBIDDEN)) {
            return TrackerException.Kind.FORBIDDEN;
        }
        if (reasons.contains(ErrorCollection.Reason.NOT_FOUND)) {
            return TrackerException.Kind.NOT_FOUND;
        }
        // Jira failed on its side: whether the write happened is not known.
        if (reasons.contains(ErrorCollection.Reason.SERVER_ERROR)) {
            return TrackerException.Kind.UNAVAILABLE;
        }
        return TrackerException.Kind.REJECTED;
    }
}
