package io.chaosday.tracker;

/** An issue's description as the tracker stores it: wiki markup (Data Center) or ADF JSON (Cloud). */
public record IssueDescription(SourceMarkup markup, String body) {
}
